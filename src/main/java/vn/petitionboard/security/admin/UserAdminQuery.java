package vn.petitionboard.security.admin;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;

/** Reads the users of a unit for the administrators' list, a page at a time. */
@Component
class UserAdminQuery {

    private final DSLContext dsl;

    UserAdminQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<UserSummary> users(UnitId unit, int offset, int limit) {
        var roles = DSL.groupConcat(USER_ROLE.ROLE).separator(",");
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.POSITION_TITLE,
                        DEPARTMENT.NAME, roles, APP_USER.ENABLED)
                .from(APP_USER)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(APP_USER.DEPARTMENT_ID))
                .leftJoin(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.UNIT_ID.eq(unit))
                .groupBy(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.POSITION_TITLE, DEPARTMENT.NAME,
                        APP_USER.ENABLED)
                .orderBy(APP_USER.USERNAME)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new UserSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        parseRoles(r.value6()), r.value7()));
    }

    int countUsers(UnitId unit) {
        return dsl.fetchCount(APP_USER, APP_USER.UNIT_ID.eq(unit));
    }

    /** GROUP_CONCAT joins the role names; each is a Role constant (the column is mapped to the enum). */
    private static Set<Role> parseRoles(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return EnumSet.copyOf(List.of(joined.split(",")).stream().map(Role::valueOf).collect(Collectors.toSet()));
    }
}
