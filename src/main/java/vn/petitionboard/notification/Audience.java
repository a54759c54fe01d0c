package vn.petitionboard.notification;

import java.util.Set;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.Role;

/** Who of the petition's unit is told, and why: users with any of the roles, in the department when one is named. */
record Audience(NotificationKind kind, Set<Role> roles, DepartmentId department) {

    static Audience officersOf(NotificationKind kind, DepartmentId department) {
        return new Audience(kind, Set.of(Role.DEPARTMENT_OFFICER), department);
    }

    static Audience leaders(NotificationKind kind) {
        return new Audience(kind, Role.LEADERS, null);
    }

    static Audience frontReviewers(NotificationKind kind) {
        return new Audience(kind, Set.of(Role.FRONT_REVIEWER), null);
    }
}
