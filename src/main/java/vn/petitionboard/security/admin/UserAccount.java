package vn.petitionboard.security.admin;

import java.util.Set;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/** One account as the administrator edits it, with the version the edit is checked against. */
public record UserAccount(UserId id, String username, String fullName, String positionTitle, String email,
        String phone, DepartmentId department, Set<Role> roles, boolean enabled, boolean mustChangePassword,
        int version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
