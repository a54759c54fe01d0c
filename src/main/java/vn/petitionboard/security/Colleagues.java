package vn.petitionboard.security;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/**
 * The active users of a unit who hold a role, for features that address people by what they do (notifications). Called
 * inside a service's transaction, which has checked who asks; the unit is always part of the question, so nobody of
 * another unit is ever named.
 */
@Component
public class Colleagues {

    private final DSLContext dsl;

    Colleagues(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Enabled users of the unit with any of the roles, in the department when one is given, by id. */
    public List<UserId> withAnyRole(UnitId unit, Set<Role> roles, DepartmentId department) {
        Condition inDepartment = department == null ? DSL.noCondition() : APP_USER.DEPARTMENT_ID.eq(department);
        return dsl.selectDistinct(APP_USER.ID)
                .from(APP_USER)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.UNIT_ID.eq(unit).and(APP_USER.ENABLED.isTrue()).and(USER_ROLE.ROLE.in(roles))
                        .and(inDepartment))
                .orderBy(APP_USER.ID)
                .fetch(APP_USER.ID);
    }
}
