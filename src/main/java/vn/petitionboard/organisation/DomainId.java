package vn.petitionboard.organisation;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in pom.xml). */
public record DomainId(long value) {

    public static DomainId of(long value) {
        return new DomainId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
