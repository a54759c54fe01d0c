package vn.petitionboard.security.admin;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/** Reads and writes the unit's accounts for {@link UserAdminService}; every statement is scoped to the unit. */
@Component
class UserAdminStore {

    private final DSLContext dsl;
    private final Clock clock;

    UserAdminStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Optional<UserAccount> find(UnitId unit, UserId user) {
        return dsl.select(APP_USER.fields()).from(APP_USER)
                .where(APP_USER.ID.eq(user).and(APP_USER.UNIT_ID.eq(unit)))
                .fetchOptional(row -> account(row, roles(user)));
    }

    /** The account locked until the transaction ends, so that two administrators' changes are checked in turn. */
    Optional<UserAccount> lock(UnitId unit, UserId user) {
        return dsl.select(APP_USER.fields()).from(APP_USER)
                .where(APP_USER.ID.eq(user).and(APP_USER.UNIT_ID.eq(unit)))
                .forUpdate()
                .fetchOptional(row -> account(row, roles(user)));
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    boolean activeDepartmentOf(UnitId unit, DepartmentId department) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(department).and(DEPARTMENT.UNIT_ID.eq(unit))
                .and(DEPARTMENT.ACTIVE.isTrue()));
    }

    Optional<String> departmentName(DepartmentId department) {
        return department == null ? Optional.empty()
                : dsl.select(DEPARTMENT.NAME).from(DEPARTMENT).where(DEPARTMENT.ID.eq(department))
                        .fetchOptional(DEPARTMENT.NAME);
    }

    UserId insert(UnitId unit, UserCommands.Create account, String passwordHash) {
        UserId id = dsl.insertInto(APP_USER)
                .set(APP_USER.UNIT_ID, unit)
                .set(APP_USER.DEPARTMENT_ID, account.department())
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FULL_NAME, account.fullName())
                .set(APP_USER.POSITION_TITLE, account.positionTitle())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.PHONE, account.phone())
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.CREATED_AT, LocalDateTime.now(clock))
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        replaceRoles(id, account.roles());
        return id;
    }

    void update(UserCommands.Update account) {
        dsl.update(APP_USER)
                .set(APP_USER.FULL_NAME, account.fullName())
                .set(APP_USER.POSITION_TITLE, account.positionTitle())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.PHONE, account.phone())
                .set(APP_USER.DEPARTMENT_ID, account.department())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(account.user()))
                .execute();
        replaceRoles(account.user(), account.roles());
    }

    void setEnabled(UserId user, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(user))
                .execute();
    }

    void issuePassword(UserId user, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(user))
                .execute();
    }

    private void replaceRoles(UserId user, Set<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(user)).execute();
        if (roles.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (Role role : roles) {
            insert = insert.values(user, role);
        }
        insert.execute();
    }

    private Set<Role> roles(UserId user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(user))
                .fetch(USER_ROLE.ROLE));
        return roles;
    }

    private static UserAccount account(Record row, Set<Role> roles) {
        return new UserAccount(row.get(APP_USER.ID), row.get(APP_USER.USERNAME), row.get(APP_USER.FULL_NAME),
                row.get(APP_USER.POSITION_TITLE), row.get(APP_USER.EMAIL), row.get(APP_USER.PHONE),
                row.get(APP_USER.DEPARTMENT_ID), roles, row.get(APP_USER.ENABLED),
                row.get(APP_USER.MUST_CHANGE_PASSWORD), row.get(APP_USER.VERSION));
    }
}
