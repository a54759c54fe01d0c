package vn.petitionboard.admin;

import vn.petitionboard.organisation.DepartmentId;

/** What an administrator asks of the unit's departments. Names arrive as typed; the service cleans and checks them. */
public final class DepartmentCommands {

    private DepartmentCommands() {
    }

    public record Add(String name) {
    }

    public record Rename(DepartmentId department, int version, String name) {
    }

    /** Deactivate or re-activate, as of the version the administrator saw. */
    public record Target(DepartmentId department, int version) {
    }
}
