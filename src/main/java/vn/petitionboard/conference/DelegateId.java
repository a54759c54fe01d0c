package vn.petitionboard.conference;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record DelegateId(long value) implements Serializable {

    public static DelegateId of(long value) {
        return new DelegateId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
