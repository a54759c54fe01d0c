package vn.petitionboard.security;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.UNIT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads a user as they sign in: the account, the unit and department names, and the roles. */
@Component
class SignedInUserQuery {

    private final DSLContext dsl;

    SignedInUserQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<SignedInUser> byUsername(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.FULL_NAME,
                        APP_USER.POSITION_TITLE, APP_USER.UNIT_ID, UNIT.NAME, UNIT.KIND, APP_USER.DEPARTMENT_ID, DEPARTMENT.NAME,
                        APP_USER.ENABLED, APP_USER.MUST_CHANGE_PASSWORD)
                .from(APP_USER)
                .join(UNIT).on(UNIT.ID.eq(APP_USER.UNIT_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(APP_USER.DEPARTMENT_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional()
                .map(row -> new SignedInUser(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9(), row.value10(), roles(row.value1()),
                        row.value11(), row.value12()));
    }

    private Set<Role> roles(UserId user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(user))
                .fetch(USER_ROLE.ROLE));
        return roles;
    }
}
