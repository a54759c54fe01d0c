package vn.petitionboard.conference;

import java.io.Serializable;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in src/build/jooq-codegen.xml). */
public record ConferenceId(long value) implements Serializable {

    public static ConferenceId of(long value) {
        return new ConferenceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
