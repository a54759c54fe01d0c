package vn.petitionboard.organisation;

/** A department as a choice in a selector. */
public record DepartmentOption(DepartmentId id, String name) {
}
