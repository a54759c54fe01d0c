package vn.petitionboard.admin;

import vn.petitionboard.organisation.DepartmentId;

/** A department of the administrator's unit, active or not, at the version the screen shows. */
public record Department(DepartmentId id, String code, String name, boolean active, int version) {
}
