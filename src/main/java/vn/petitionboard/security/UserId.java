package vn.petitionboard.security;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in pom.xml). */
public record UserId(long value) {

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
