package vn.petitionboard.security.signin;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.SIGN_IN_THROTTLE;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.UserId;

/**
 * The SQL of sign-in throttling. Each write is a transaction of its own (no command surrounds a sign-in), and a
 * failure is counted under the row's lock, so that two nodes or two requests at once never lose a count.
 */
@Component
class ThrottleStore {

    /** A row's state after a failure was counted. */
    record Count(int failures, LocalDateTime lockedUntil, boolean lockedNow) {
    }

    /** An account as a sign-in names it. */
    record Account(UserId id, UnitId unit, String username) {
    }

    static final int KEY_MAX = 64;

    private final DSLContext dsl;

    ThrottleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest end of a lock still running at {@code now} on the username or the address. */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> lockedUntil(String username, String address, LocalDateTime now) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(SIGN_IN_THROTTLE.LOCKED_UNTIL))
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(ThrottleKind.USERNAME.name())
                        .and(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key(username)))
                        .or(SIGN_IN_THROTTLE.KIND.eq(ThrottleKind.ADDRESS.name())
                                .and(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key(address)))))
                .and(SIGN_IN_THROTTLE.LOCKED_UNTIL.gt(now))
                .fetchOne(0, LocalDateTime.class));
    }

    /**
     * Counts one failure: the count restarts when the last failure is older than the window, and reaching the limit
     * locks the key until {@code now + lock} unless a lock is already running.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Count fail(ThrottleKind kind, String rawKey, LocalDateTime now, int max, Duration window, Duration lock) {
        String key = key(rawKey);
        // Locks the row first; a key failing for the first time gets its row (INSERT IGNORE, since another request
        // may insert it at the same moment) and is then locked. MariaDB takes no "AS excluded" upsert from jOOQ's
        // MySQL dialect, and locking an existing row first keeps concurrent failures from deadlocking.
        Record3<Integer, LocalDateTime, LocalDateTime> row = lockRow(kind, key).orElseGet(() -> {
            dsl.insertInto(SIGN_IN_THROTTLE)
                    .set(SIGN_IN_THROTTLE.KIND, kind.name()).set(SIGN_IN_THROTTLE.THROTTLE_KEY, key)
                    .set(SIGN_IN_THROTTLE.FAILURES, 0).set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                    .onDuplicateKeyIgnore()
                    .execute();
            return lockRow(kind, key).orElseThrow();
        });
        boolean lockRunning = row.value3() != null && row.value3().isAfter(now);
        boolean quietLongEnough = !lockRunning && row.value2().plus(window).isBefore(now);
        int failures = (quietLongEnough ? 0 : row.value1()) + 1;
        boolean lockNow = failures >= max && !lockRunning;
        LocalDateTime lockedUntil = lockNow ? now.plus(lock) : lockRunning ? row.value3() : null;
        dsl.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, failures).set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, lockedUntil)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
        return new Count(failures, lockedUntil, lockNow);
    }

    private Optional<Record3<Integer, LocalDateTime, LocalDateTime>> lockRow(ThrottleKind kind, String key) {
        return dsl.select(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.LAST_FAILURE_AT, SIGN_IN_THROTTLE.LOCKED_UNTIL)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key))
                .forUpdate().fetchOptional();
    }

    /** Forgets a key's failures and lock: a successful sign-in, or an administrator's unlock. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int reset(ThrottleKind kind, String rawKey) {
        return dsl.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind.name()), SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key(rawKey)))
                .execute();
    }

    /** A username's row: failures and the end of its last lock, if it has failed at all. */
    @Transactional(readOnly = true)
    public Optional<Count> usernameState(String username) {
        return dsl.select(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.LOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(ThrottleKind.USERNAME.name()),
                        SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key(username)))
                .fetchOptional(r -> new Count(r.value1(), r.value2(), false));
    }

    @Transactional(readOnly = true)
    public Optional<Account> accountByUsername(String username) {
        return dsl.select(APP_USER.ID, APP_USER.UNIT_ID, APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.USERNAME.eq(key(username)))
                .fetchOptional(r -> new Account(r.value1(), r.value2(), r.value3()));
    }

    @Transactional(readOnly = true)
    public Optional<Account> accountById(UserId id) {
        return dsl.select(APP_USER.ID, APP_USER.UNIT_ID, APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new Account(r.value1(), r.value2(), r.value3()));
    }

    /** What a sign-in typed, cut to the column: longer names than any account's share one row, which is harmless. */
    static String key(String raw) {
        String text = raw == null ? "" : raw;
        return text.codePointCount(0, text.length()) <= KEY_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, KEY_MAX));
    }
}
