package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/** Real commits from many threads against the real database, in a ward of its own. */
@IntegrationTest
class ConcurrentWritesTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    TestWards wards;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Test
    void of_50_concurrent_transitions_on_one_version_exactly_one_wins_and_history_gains_one_event() throws Exception {
        Ward ward = wards.create();
        PetitionId petition = capture(ward, "Đèn chiếu sáng ngõ 5 hỏng");
        int historyBefore = dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition));

        List<CommandResult> results = concurrently(50, i -> signIn.as(ward.chair(), () -> workflow.assign(
                new PetitionCommands.Assign(petition, 0, ward.landDepartment(), Today.date().plusDays(20),
                        "Giao lần " + i))));

        long done = results.stream().filter(CommandResult::isDone).count();
        long conflicts = results.stream().filter(r -> r instanceof CommandResult.Conflict).count();
        System.out.printf("Concurrency: 50 assigns on version 0 -> %d done, %d conflicts, %d other%n", done,
                conflicts, results.size() - done - conflicts);
        assertThat(done).isEqualTo(1);
        assertThat(conflicts).isEqualTo(49);
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition)))
                .isEqualTo(historyBefore + 1);
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(petition))
                .fetchOne(PETITION.VERSION)).isEqualTo(1);
    }

    @Test
    void clerks_capturing_at_once_get_consecutive_codes_with_no_gaps_or_duplicates() throws Exception {
        Ward ward = wards.create();
        List<CommandResult> results = concurrently(12, i -> signIn.as(ward.clerk(), () -> intake.capture(
                captureCommand(ward, "Kiến nghị số " + i))));

        List<String> codes = results.stream().map(r -> ((CommandResult.Created) r).code()).sorted().toList();
        int year = dsl.select(vn.petitionboard.jooq.Tables.CONFERENCE.HELD_ON).from(vn.petitionboard.jooq.Tables.CONFERENCE)
                .where(vn.petitionboard.jooq.Tables.CONFERENCE.ID.eq(ward.conference()))
                .fetchOne(vn.petitionboard.jooq.Tables.CONFERENCE.HELD_ON).getYear();
        List<String> expected = new ArrayList<>();
        for (int seq = 1; seq <= 12; seq++) {
            expected.add("KN-%d-%03d".formatted(year, seq));
        }
        assertThat(codes).containsExactlyElementsOf(expected);
    }

    private PetitionId capture(Ward ward, String content) throws Exception {
        CommandResult result = signIn.as(ward.clerk(), () -> intake.capture(captureCommand(ward, content)));
        return ((CommandResult.Created) result).id();
    }

    private static IntakeCommands.Capture captureCommand(Ward ward, String content) {
        return new IntakeCommands.Capture(ward.conference(), ENVIRONMENT, null, content, true,
                List.of(Requester.newDelegate("Nguyễn Văn Thử", null, "Tổ 1", null)), false, null, null);
    }

    @FunctionalInterface
    interface Attempt {
        CommandResult run(int index) throws Exception;
    }

    /** Starts all attempts together (a latch), waits for all, returns their results. */
    private static List<CommandResult> concurrently(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CommandResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.run(index);
                }));
            }
            start.countDown();
            List<CommandResult> results = new ArrayList<>();
            for (Future<CommandResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
