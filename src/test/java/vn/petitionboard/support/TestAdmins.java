package vn.petitionboard.support;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;
import vn.petitionboard.support.TestWards.Ward;

/** An administrator of a test's own ward (TestWards makes none), password demo@2020. */
@Component
public class TestAdmins {

    private final DSLContext dsl;
    private final PasswordEncoder encoder;

    TestAdmins(DSLContext dsl, PasswordEncoder encoder) {
        this.dsl = dsl;
        this.encoder = encoder;
    }

    /** Adds the ward's administrator and returns their username. */
    public String create(Ward ward) {
        String username = "quantri_" + ward.suffix();
        UserId id = dsl.insertInto(APP_USER).set(APP_USER.UNIT_ID, ward.unit()).set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(TestWards.PASSWORD)).set(APP_USER.FULL_NAME, "Quản trị Thử")
                .returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, Role.ADMIN).execute();
        return username;
    }

    public UserId idOf(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne(APP_USER.ID);
    }
}
