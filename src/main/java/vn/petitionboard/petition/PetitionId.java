package vn.petitionboard.petition;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record PetitionId(long value) implements Serializable {

    public static PetitionId of(long value) {
        return new PetitionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
