package vn.petitionboard.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.jooq.tables.records.AuditLogRecord;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** The administrator's unlock and lock query, scoped to their unit and audited. */
@IntegrationTest
class LoginThrottleServiceTest {

    @Autowired
    LoginThrottleService service;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private Ward ward;
    private String admin;
    private UserId clerk;

    @BeforeEach
    void lockedClerk() {
        ward = wards.create();
        admin = ward.admin();
        clerk = wards.idOf(ward.clerk());
        for (int i = 0; i < 10; i++) {
            throttle.failed(ward.clerk(), "192.0.2.1");
        }
    }

    @Test
    void the_administrator_sees_the_lock_and_unlocks_the_account_and_it_is_audited() throws Exception {
        assertThat(signIn.as(admin, () -> service.lockedUntil(clerk))).isPresent();

        UnlockResult result = signIn.as(admin, () -> service.unlock(clerk));

        assertThat(result).isInstanceOf(UnlockResult.Unlocked.class);
        assertThat(((UnlockResult.Unlocked) result).wasLockedUntil()).isNotNull();
        assertThat(signIn.as(admin, () -> service.lockedUntil(clerk))).isEmpty();
        assertThat(throttle.lockRemaining(ward.clerk(), "192.0.2.99")).as("the clerk may sign in again").isEmpty();
        AuditLogRecord entry = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq(AuditAction.USER_UNLOCKED),
                AUDIT_LOG.TARGET_ID.eq(clerk.value())).fetchSingle();
        assertThat(entry.getActorUsername()).isEqualTo(admin);
        assertThat(entry.getUnitId()).isEqualTo(ward.unit());
        assertThat(entry.getTargetLabel()).isEqualTo(ward.clerk());
        assertThat(entry.getBeforeState()).contains("\"failures\":10").contains("lockedUntil");
        assertThat(entry.getAfterState()).isEqualTo("{\"failures\":0}");
    }

    @Test
    void an_administrator_of_another_unit_cannot_see_or_unlock_the_account() throws Exception {
        assertThat(signIn.as("quantri", () -> service.lockedUntil(clerk))).isEmpty();

        UnlockResult result = signIn.as("quantri", () -> service.unlock(clerk));

        assertThat(result).isEqualTo(new UnlockResult.Refused(LoginThrottleService.NOT_FOUND));
        assertThat(throttle.lockRemaining(ward.clerk(), "192.0.2.99")).as("still locked").isPresent();
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.USER_UNLOCKED)
                .and(AUDIT_LOG.TARGET_ID.eq(clerk.value())))).isZero();
    }

    @Test
    void a_user_who_is_not_an_administrator_may_not_unlock_or_ask() {
        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> service.unlock(clerk)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> service.lockedUntil(clerk)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(throttle.lockRemaining(ward.clerk(), "192.0.2.99")).isPresent();
    }
}
