package vn.petitionboard.organisation;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record DomainId(long value) implements Serializable {

    public static DomainId of(long value) {
        return new DomainId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
