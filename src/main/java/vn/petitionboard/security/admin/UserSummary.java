package vn.petitionboard.security.admin;

import java.util.Set;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/** A row of the administrators' user list. */
public record UserSummary(UserId id, String username, String fullName, String positionTitle, String departmentName,
        Set<Role> roles, boolean enabled) {
}
