package vn.petitionboard.petition;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in pom.xml). */
public record PetitionId(long value) {

    public static PetitionId of(long value) {
        return new PetitionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
