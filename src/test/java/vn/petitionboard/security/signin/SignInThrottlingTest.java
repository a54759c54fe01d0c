package vn.petitionboard.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.SIGN_IN_THROTTLE;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.AppHttpClient;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.Today;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Sign-in throttling through the real login form (HTTP, the app's own filter chain and database): counts, the lock
 * after ten failures, the right password refused while locked, the same answer for unknown users, the audit rows.
 */
@IntegrationTest
class SignInThrottlingTest {

    private static final String WRONG = "sai-mat-khau-7261";

    @LocalServerPort
    int port;
    @Autowired
    TestWards wards;
    @Autowired
    DSLContext dsl;

    private Ward ward;

    @BeforeEach
    void newWard() {
        ward = wards.create();
    }

    private String signIn(String username, String password) {
        HttpResponse<String> response = new AppHttpClient(port).login(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private List<AuditAction> auditActions(String username) {
        return dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG).where(AUDIT_LOG.ACTOR_USERNAME.eq(username))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION);
    }

    private Integer failures(String username) {
        return dsl.select(SIGN_IN_THROTTLE.FAILURES).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq("USERNAME"), SIGN_IN_THROTTLE.THROTTLE_KEY.eq(username))
                .fetchOne(SIGN_IN_THROTTLE.FAILURES);
    }

    @Test
    void an_unknown_username_and_a_wrong_password_get_the_same_answer() {
        String unknown = "khongco_" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(signIn(unknown, WRONG)).endsWith("/login?error");
        assertThat(signIn(ward.clerk(), WRONG)).endsWith("/login?error");
    }

    @Test
    void an_unknown_username_takes_about_as_long_as_a_wrong_password() {
        // Warm both paths once (the dummy hash is made on the first unknown username), then time them in turns, each
        // name failing once (no delay), and compare the medians: bcrypt dominates both. Without the dummy hash an
        // unknown name answers several times faster.
        signIn("khongco_" + UUID.randomUUID().toString().substring(0, 8), WRONG);
        signIn(ward.front(), WRONG);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Ward other = wards.create();
            long start = System.nanoTime();
            signIn(other.clerk(), WRONG);
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            signIn("khongco_" + UUID.randomUUID().toString().substring(0, 8), WRONG);
            unknown.add(System.nanoTime() - start);
        }
        double ratio = (double) median(unknown) / median(known);
        assertThat(ratio).as("unknown %s ns vs known %s ns", unknown, known).isBetween(0.6, 1.6);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    @Test
    void ten_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused() {
        for (int i = 1; i <= 9; i++) {
            assertThat(signIn(ward.clerk(), WRONG)).as("failure %d", i).endsWith("/login?error");
        }
        assertThat(failures(ward.clerk())).isEqualTo(9);

        assertThat(signIn(ward.clerk(), WRONG)).as("the tenth failure locks").endsWith("/login?locked=15");
        assertThat(signIn(ward.clerk(), TestWards.PASSWORD)).as("the right password while locked")
                .endsWith("/login?locked=15");
        assertThat(signIn(ward.chair(), TestWards.PASSWORD)).as("another account of the ward is not locked")
                .doesNotContain("/login");
    }

    @Test
    void an_unknown_username_locks_the_same_way_so_a_lock_tells_nothing() {
        String unknown = "khongco_" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 9; i++) {
            signIn(unknown, WRONG);
        }
        assertThat(signIn(unknown, WRONG)).endsWith("/login?locked=15");
    }

    @Test
    void when_the_lock_has_passed_the_right_password_signs_in_and_the_count_restarts() {
        for (int i = 1; i <= 10; i++) {
            signIn(ward.clerk(), WRONG);
        }
        assertThat(signIn(ward.clerk(), TestWards.PASSWORD)).endsWith("/login?locked=15");
        // Fifteen minutes pass (the row's lock is moved into the past rather than waiting).
        dsl.update(SIGN_IN_THROTTLE).set(SIGN_IN_THROTTLE.LOCKED_UNTIL, Today.dateTime().minusDays(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(ward.clerk())).execute();

        assertThat(signIn(ward.clerk(), TestWards.PASSWORD)).doesNotContain("/login");
        assertThat(failures(ward.clerk())).as("a success forgets the failures").isNull();
    }

    @Test
    void a_success_resets_the_usernames_count() {
        for (int i = 1; i <= 5; i++) {
            signIn(ward.clerk(), WRONG);
        }
        assertThat(failures(ward.clerk())).isEqualTo(5);
        assertThat(signIn(ward.clerk(), TestWards.PASSWORD)).doesNotContain("/login");
        assertThat(failures(ward.clerk())).isNull();
    }

    @Test
    void successes_failures_and_the_lock_are_audited_with_the_user_and_never_the_password() {
        signIn(ward.clerk(), TestWards.PASSWORD);
        for (int i = 1; i <= 10; i++) {
            signIn(ward.clerk(), WRONG);
        }
        signIn(ward.clerk(), TestWards.PASSWORD);
        String unknown = "khongco_" + UUID.randomUUID().toString().substring(0, 8);
        signIn(unknown, WRONG);

        List<AuditAction> actions = auditActions(ward.clerk());
        assertThat(actions.getFirst()).isEqualTo(AuditAction.SIGN_IN_SUCCEEDED);
        assertThat(actions).filteredOn(AuditAction.SIGN_IN_FAILED::equals).as("ten wrong, one refused while locked")
                .hasSize(11);
        assertThat(actions).filteredOn(AuditAction.SIGN_IN_LOCKED::equals).hasSize(1);
        assertThat(dsl.selectDistinct(AUDIT_LOG.UNIT_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTOR_USERNAME.eq(ward.clerk())).fetch(AUDIT_LOG.UNIT_ID)).containsExactly(ward.unit());
        assertThat(dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTOR_USERNAME.eq(unknown)).fetchSingle())
                .satisfies(row -> {
                    assertThat(row.getAction()).isEqualTo(AuditAction.SIGN_IN_FAILED);
                    assertThat(row.getUnitId()).as("an unknown name belongs to no unit").isNull();
                    assertThat(row.getActorId()).isNull();
                    assertThat(row.getClientAddress()).isEqualTo("127.0.0.1");
                });
        for (Record row : dsl.selectFrom(AUDIT_LOG).fetch()) {
            for (Object value : row.intoArray()) {
                assertThat(String.valueOf(value)).doesNotContain(WRONG).doesNotContain(TestWards.PASSWORD)
                        .doesNotContain("$2a$");
            }
        }
    }

    @Test
    void a_typed_username_longer_than_the_column_is_kept_cut_to_64() {
        String longName = "x".repeat(70) + UUID.randomUUID();

        assertThat(signIn(longName, WRONG)).endsWith("/login?error");

        assertThat(auditActions(longName.substring(0, 64))).containsExactly(AuditAction.SIGN_IN_FAILED);
    }
}
