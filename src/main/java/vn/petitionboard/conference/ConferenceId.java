package vn.petitionboard.conference;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in pom.xml). */
public record ConferenceId(long value) {

    public static ConferenceId of(long value) {
        return new ConferenceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
