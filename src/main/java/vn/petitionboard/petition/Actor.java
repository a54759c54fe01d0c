package vn.petitionboard.petition;

import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/** Who may take a step on a petition, by role and, for officers, by the petition's department. */
enum Actor {
    LEADER {
        @Override
        boolean matches(SignedInUser user, DepartmentId department) {
            return user.isLeader();
        }
    },
    ASSIGNED_DEPARTMENT {
        @Override
        boolean matches(SignedInUser user, DepartmentId department) {
            return user.has(Role.DEPARTMENT_OFFICER) && department != null
                    && department.equals(user.departmentId());
        }
    },
    ASSIGNED_DEPARTMENT_OR_LEADER {
        @Override
        boolean matches(SignedInUser user, DepartmentId department) {
            return user.isLeader() || ASSIGNED_DEPARTMENT.matches(user, department);
        }
    },
    /** Sending an answer back needs a department to send it to. */
    LEADER_WITH_A_DEPARTMENT {
        @Override
        boolean matches(SignedInUser user, DepartmentId department) {
            return user.isLeader() && department != null;
        }
    },
    FRONT {
        @Override
        boolean matches(SignedInUser user, DepartmentId department) {
            return user.has(Role.FRONT_REVIEWER);
        }
    };

    abstract boolean matches(SignedInUser user, DepartmentId department);
}
