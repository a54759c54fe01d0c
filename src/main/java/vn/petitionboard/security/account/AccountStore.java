package vn.petitionboard.security.account;

import static vn.petitionboard.jooq.Tables.APP_USER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.petitionboard.security.UserId;

/**
 * The account row's password hash: read for the check, written (with a new version, and no longer to be changed at the
 * next sign-in) for the change.
 */
@Component
class AccountStore {

    private final DSLContext dsl;

    AccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored hash, locked until the transaction ends so that two changes at once cannot both pass the check. */
    Optional<String> passwordHashForUpdate(UserId user) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER)
                .where(APP_USER.ID.eq(user).and(APP_USER.ENABLED.isTrue()))
                .forUpdate()
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    void replacePasswordHash(UserId user, String hash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(user))
                .execute();
    }
}
