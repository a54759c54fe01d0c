package vn.petitionboard.petition.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.LIVE_CHANGE;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * The live feed's table: a committed change is there for every instance to read, with the departments that decide
 * who may notice it; a rolled-back one is not; rows older than a day go.
 */
@IntegrationTest
class PetitionChangesTest {

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    DirectionService direction;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @Autowired
    LiveChangeStore store;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    Ward ward;

    @BeforeEach
    void ward() {
        ward = wards.create();
    }

    @Test
    void a_committed_reassignment_is_read_after_the_last_id_with_both_departments() throws Exception {
        Captured petition = petitions.inProgress(ward, "Dọn rác bãi đất trống tổ 5");
        long before = store.highestId();

        CommandResult moved = signIn.as(ward.chair(), () -> direction.reassign(new AssignmentCommands.Reassign(
                petition.id(), 2, ward.urbanDepartment(), "Chuyển bộ phận đô thị.")));
        assertThat(moved.isDone()).isTrue();

        List<PetitionChange> read = store.after(before, 100).stream().filter(c -> c.of(petition.id())).toList();
        assertThat(read).singleElement().satisfies(change -> {
            assertThat(change.unit()).isEqualTo(ward.unit());
            assertThat(change.department()).isEqualTo(ward.urbanDepartment());
            assertThat(change.previousDepartment()).isEqualTo(ward.landDepartment());
            assertThat(change.event()).isEqualTo(HistoryEvent.REASSIGNED);
            assertThat(change.to()).isEqualTo(PetitionState.ASSIGNED);
            assertThat(change.actorName()).isEqualTo("Chủ tịch Thử");
            assertThat(change.domain()).isNotNull().isEqualTo(dsl.select(PETITION.DOMAIN_ID).from(PETITION)
                    .where(PETITION.ID.eq(petition.id())).fetchSingle().value1());
        });
    }

    @Test
    void a_rolled_back_change_leaves_nothing_for_any_page() throws Exception {
        Captured petition = petitions.received(ward, "Sửa đường ngõ 8");
        int rowsBefore = rows(petition);

        signIn.as(ward.chair(), () -> transaction.execute(status -> {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(petition.id(), 0,
                    ward.landDepartment(), Today.date().plusDays(15), "Giao xử lý."));
            assertThat(result.isDone()).isTrue();
            assertThat(rows(petition)).as("written in the command's transaction").isEqualTo(rowsBefore + 1);
            status.setRollbackOnly();
            return result;
        }));

        assertThat(rows(petition)).isEqualTo(rowsBefore);
    }

    @Test
    void rows_older_than_a_day_are_deleted_in_batches_and_newer_ones_kept() throws Exception {
        Captured petition = petitions.received(ward, "Cắt tỉa cây xanh đường Ngọc Thụy");
        LocalDateTime now = LocalDateTime.now(clock);
        dsl.update(LIVE_CHANGE).set(LIVE_CHANGE.CHANGED_AT, now.minusDays(3))
                .where(LIVE_CHANGE.PETITION_ID.eq(petition.id())).execute();
        petitions.received(ward, "Sơn lại vạch kẻ đường tổ 4");

        while (store.deleteBefore(now.minusDays(1), 1) > 0) {
            // one at a time, as the feed does in batches
        }

        assertThat(rows(petition)).isZero();
        assertThat(dsl.fetchCount(LIVE_CHANGE, LIVE_CHANGE.UNIT_ID.eq(ward.unit()))).isEqualTo(1);
    }

    private int rows(Captured petition) {
        return dsl.fetchCount(LIVE_CHANGE, LIVE_CHANGE.PETITION_ID.eq(petition.id()));
    }
}
