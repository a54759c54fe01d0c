package vn.petitionboard.security.admin;

import java.util.Set;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/** What an administrator asks of the unit's accounts. Text arrives as typed; the service cleans and checks it. */
public final class UserCommands {

    private UserCommands() {
    }

    /** A new account; its first password is made by the service and shown once. */
    public record Create(String username, String fullName, String positionTitle, String email, String phone,
            DepartmentId department, Set<Role> roles) {
    }

    /** New details and roles of an account, as of the version the administrator saw. */
    public record Update(UserId user, int version, String fullName, String positionTitle, String email, String phone,
            DepartmentId department, Set<Role> roles) {
    }

    /** Disable, re-enable or reset the password of an account, as of the version the administrator saw. */
    public record Target(UserId user, int version) {
    }
}
