package vn.petitionboard.security;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record UserId(long value) implements Serializable {

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
