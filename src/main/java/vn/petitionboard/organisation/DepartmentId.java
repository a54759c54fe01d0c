package vn.petitionboard.organisation;

/** Typed id of a row; jOOQ maps the matching *_id columns to it (see the forced types in pom.xml). */
public record DepartmentId(long value) {

    public static DepartmentId of(long value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
