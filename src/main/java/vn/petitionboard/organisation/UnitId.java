package vn.petitionboard.organisation;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record UnitId(long value) implements Serializable {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
