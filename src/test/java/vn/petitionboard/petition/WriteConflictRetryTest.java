package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.petitionboard.jooq.Tables.LIVE_CHANGE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.MethodMatcher;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.db.DatabaseFailure;
import vn.petitionboard.base.db.WriteConflict;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * A command that InnoDB picks as a deadlock's victim (what a Galera certification failure looks like to the app:
 * error 1213, the whole transaction rolled back) is run again as a whole by the service's retry, on the real
 * database, and applied once; one that keeps losing ends in the plain "nothing was saved" message; one inside a
 * caller's transaction is left to the caller.
 */
@IntegrationTest
class WriteConflictRetryTest {

    private static final String RETRIES = "petitionboard.transaction.retries";

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MeterRegistry registry;

    Ward ward;
    ExecutorService user;

    @BeforeEach
    void setUp() {
        ward = wards.create();
        user = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void tearDown() {
        user.shutdownNow();
    }

    @Test
    void a_command_that_lost_a_deadlock_is_run_again_and_applied_once() throws Exception {
        PetitionId id = petitions.received(ward, "Đường ngõ 7 ngập nước").id();
        Written before = written(id);
        double retried = retries("retried");

        Future<CommandResult> assign = assignAgainst(id, 1);

        CommandResult result = assign.get(30, TimeUnit.SECONDS);
        assertThat(result).isEqualTo(new CommandResult.Done(id, PetitionState.ASSIGNED, 1));
        Written after = written(id);
        assertThat(after.version()).as("one version bump").isEqualTo(1);
        assertThat(after.history()).as("one history event").isEqualTo(before.history() + 1);
        assertThat(after.liveChanges()).as("one live change").isEqualTo(before.liveChanges() + 1);
        assertThat(retries("retried")).as("the retry is counted").isEqualTo(retried + 1);
    }

    @Test
    void a_command_that_keeps_losing_writes_nothing_and_ends_in_the_plain_message() throws Exception {
        PetitionId id = petitions.received(ward, "Rác thải chợ Long Biên").id();
        Written before = written(id);
        double retried = retries("retried");
        double gaveUp = retries("gave_up");

        Future<CommandResult> assign = assignAgainst(id, 3);

        assertThatThrownBy(() -> assign.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .satisfies(thrown -> {
                    Throwable cause = thrown.getCause();
                    assertThat(WriteConflict.isRetryable(cause)).isTrue();
                    assertThat(DatabaseFailure.of(cause)).contains(DatabaseFailure.CONTENDED);
                });
        assertThat(ResourceBundle.getBundle("i18n/messages", Locale.ROOT)
                .getString(DatabaseFailure.CONTENDED.messageKey())).startsWith("Chưa lưu được")
                .contains("chưa có gì được lưu");
        assertThat(written(id)).as("nothing written").isEqualTo(before);
        assertThat(retries("retried")).isEqualTo(retried + 2);
        assertThat(retries("gave_up")).isEqualTo(gaveUp + 1);
    }

    @Test
    void a_command_inside_a_callers_transaction_is_not_retried_by_itself() throws Exception {
        PetitionId id = petitions.received(ward, "Cây đổ tổ 3").id();
        Written before = written(id);
        double retried = retries("retried");
        AtomicReference<Object> outcome = new AtomicReference<>();

        try (DeadlockPartner partner = new DeadlockPartner(id)) {
            Future<?> caller = user.submit(() -> signIn.as(ward.chair(), () -> transaction.execute(status -> {
                status.setRollbackOnly();
                try {
                    outcome.set(workflow.assign(assignment(id)));
                } catch (RuntimeException e) {
                    outcome.set(e);
                }
                return null;
            })));
            awaitHistoryInsertWaiting();
            partner.closeTheCircle();
            partner.close();
            caller.get(30, TimeUnit.SECONDS);
        }

        // Retried, its second attempt would have found no partner and been Done.
        assertThat(outcome.get()).isInstanceOfSatisfying(RuntimeException.class,
                e -> assertThat(WriteConflict.isRetryable(e)).isTrue());
        assertThat(retries("retried")).isEqualTo(retried);
        assertThat(written(id)).isEqualTo(before);
    }

    @Test
    void only_read_write_service_calls_are_retried(@Autowired @Qualifier("transactionRetryAdvisor") Advisor retry)
            throws Exception {
        MethodMatcher retried = ((PointcutAdvisor) retry).getPointcut().getMethodMatcher();

        assertThat(retried.matches(PetitionWorkflowService.class.getMethod("assign", PetitionCommands.Assign.class),
                PetitionWorkflowService.class)).isTrue();
        // Read-only: no row locks, nothing for Galera to certify, and it streams to the caller as it goes.
        assertThat(retried.matches(PetitionSearchService.class.getMethod("exportXlsx", PetitionListFilter.class,
                ExcelLabels.class, java.io.OutputStream.class), PetitionSearchService.class)).isFalse();
        assertThat(retried.matches(PetitionSearchService.class.getMethod("today"), PetitionSearchService.class))
                .as("no transaction at all").isFalse();
    }

    /**
     * The chair assigns the petition while {@code deadlocks} partners, one after the other, make each attempt the
     * victim of a deadlock: the next partner takes its locks before the one in the circle lets go, so the next
     * attempt meets it.
     */
    private Future<CommandResult> assignAgainst(PetitionId id, int deadlocks) throws Exception {
        double retriedBefore = retries("retried");
        DeadlockPartner partner = new DeadlockPartner(id);
        try {
            Future<CommandResult> assign = user.submit(() -> signIn.as(ward.chair(),
                    () -> workflow.assign(assignment(id))));
            for (int round = 1; round <= deadlocks; round++) {
                awaitHistoryInsertWaiting();
                DeadlockPartner next = round < deadlocks ? new DeadlockPartner(id) : null;
                partner.closeTheCircle();
                partner.close();
                partner = next;
                if (next != null) {
                    // The victim's INSERT stays in the process list while it rolls back: the next round must wait
                    // for the next attempt, not take the rolled-back one for it.
                    awaitRetries(retriedBefore + round);
                }
            }
            return assign;
        } finally {
            if (partner != null) {
                partner.close();
            }
        }
    }

    private PetitionCommands.Assign assignment(PetitionId id) {
        return new PetitionCommands.Assign(id, 0, ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý.");
    }

    /** The command's attempt is stuck appending its history event, behind a partner's locks. */
    private void awaitHistoryInsertWaiting() {
        // The app's connections are the test user's own, which the process list shows without any privilege.
        await("the command's history insert, waiting").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ((Number) dsl.fetchValue("SELECT COUNT(*) FROM information_schema.processlist"
                        + " WHERE command = 'Query' AND LOWER(info) LIKE 'insert into %petition_history%'"))
                        .longValue() > 0);
    }

    /** The retry has counted this many runs again: the attempt before has rolled back and the next one begins. */
    private void awaitRetries(double count) {
        await("the command run again after its deadlock").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(5)).until(() -> retries("retried") >= count);
    }

    private record Written(int version, int history, int liveChanges) {
    }

    private Written written(PetitionId id) {
        return new Written(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(id)).fetchSingle().value1(),
                dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(id)),
                dsl.fetchCount(LIVE_CHANGE, LIVE_CHANGE.PETITION_ID.eq(id)));
    }

    private double retries(String outcome) {
        Counter counter = registry.find(RETRIES).tags("method", "assign", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
