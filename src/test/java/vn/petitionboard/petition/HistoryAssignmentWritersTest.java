package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.support.SignIn;

/**
 * A leader's changes to an assignment and a department's requests with their decisions write their history as a key
 * with arguments, and the Vietnamese details each wrote before the keys, word for word; the same entry reads in
 * English. Demo ward, rolled back after each test.
 */
@IntegrationTest
@Transactional
class HistoryAssignmentWritersTest {

    static final PetitionId ASSIGNED_LAND = AssignmentChangesTest.ASSIGNED_LAND;       // deadline 31/12/2020
    static final PetitionId IN_PROGRESS_LAND = AssignmentChangesTest.IN_PROGRESS_LAND; // deadline 29/01/2021
    static final DepartmentId URBAN = AssignmentChangesTest.URBAN;
    static final String LAND_NAME = AssignmentChangesTest.LAND_NAME;
    static final String URBAN_NAME = AssignmentChangesTest.URBAN_NAME;
    static final LocalDate LATER = AssignmentChangesTest.LATER;

    @Autowired
    DirectionService direction;

    @Autowired
    DepartmentRequestService requests;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Autowired
    HistoryRows history;

    static String day(LocalDate date) {
        return Formats.date(date);
    }

    void asLandOfficer(java.util.concurrent.Callable<CommandResult> ask) throws Exception {
        assertThat(signIn.as("diachinh", ask).isDone()).as("the officer's request").isTrue();
    }

    @Test
    @WithUserDetails("chutich")
    void a_leader_reassigns_extends_and_adds_an_instruction() {
        assertThat(direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, URBAN,
                "Thuộc trật tự đô thị.")).isDone()).isTrue();
        history.last(ASSIGNED_LAND).is(HistoryEvent.REASSIGNED, "history.reassigned",
                List.of(LAND_NAME, URBAN_NAME, "Thuộc trật tự đô thị."),
                "Từ " + LAND_NAME + " sang " + URBAN_NAME + ". Lý do: Thuộc trật tự đô thị.",
                "From " + LAND_NAME + " to " + URBAN_NAME + ". Reason: Thuộc trật tự đô thị.");

        assertThat(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(IN_PROGRESS_LAND, 0, LATER,
                "Chờ đo đạc.")).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.DEADLINE_EXTENDED, "history.deadlineExtended",
                List.of("2021-01-29", LATER.toString(), "Chờ đo đạc."),
                "Từ 29/01/2021 đến " + day(LATER) + ". Lý do: Chờ đo đạc.",
                "From 29/01/2021 to " + day(LATER) + ". Reason: Chờ đo đạc.");

        assertThat(direction.addInstruction(new AssignmentCommands.AddInstruction(IN_PROGRESS_LAND, 1,
                "Phối hợp với tổ dân phố.")).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.INSTRUCTION_ADDED, "history.instructionAdded",
                List.of("Phối hợp với tổ dân phố."), "Phối hợp với tổ dân phố.", "Phối hợp với tổ dân phố.");
    }

    @Test
    @WithUserDetails("chutich")
    void a_deadline_given_where_there_was_none_says_until() {
        dsl.update(PETITION).set(PETITION.DEADLINE, (LocalDate) null).where(PETITION.ID.eq(ASSIGNED_LAND)).execute();
        assertThat(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, LATER,
                "Chưa có hạn.")).isDone()).isTrue();
        history.last(ASSIGNED_LAND).is(HistoryEvent.DEADLINE_EXTENDED, "history.deadlineExtended.noPrevious",
                List.of(LATER.toString(), "Chưa có hạn."), "Đến " + day(LATER) + ". Lý do: Chưa có hạn.",
                "Until " + day(LATER) + ". Reason: Chưa có hạn.");
    }

    @Test
    @WithUserDetails("chutich")
    void the_officer_asks_for_more_time_and_the_chair_approves() throws Exception {
        asLandOfficer(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(IN_PROGRESS_LAND, 0,
                LATER, "Chờ quận thẩm định.")));
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.EXTENSION_REQUESTED, "history.extensionRequested",
                List.of(LATER.toString(), "Chờ quận thẩm định."),
                "Đề nghị hạn mới " + day(LATER) + ". Lý do: Chờ quận thẩm định.",
                "Asked for a new deadline of " + day(LATER) + ". Reason: Chờ quận thẩm định.");

        assertThat(requests.approve(new AssignmentCommands.ApproveRequest(IN_PROGRESS_LAND, 1, null, LATER)).isDone())
                .isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.REQUEST_APPROVED, "history.extensionApproved",
                List.of("2021-01-29", LATER.toString()), "Đồng ý gia hạn. Từ 29/01/2021 đến " + day(LATER),
                "More time granted. From 29/01/2021 to " + day(LATER));
    }

    @Test
    @WithUserDetails("bithu")
    void the_officer_says_not_ours_and_the_secretary_refuses_then_approves() throws Exception {
        asLandOfficer(() -> requests.requestReassignment(new AssignmentCommands.RequestReassignment(IN_PROGRESS_LAND,
                0, URBAN, "Nội dung về trật tự đô thị.")));
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.REASSIGNMENT_REQUESTED, "history.reassignmentRequested",
                List.of(URBAN_NAME, "Nội dung về trật tự đô thị."),
                "Đề nghị giao " + URBAN_NAME + ". Lý do: Nội dung về trật tự đô thị.",
                "Suggested giving it to " + URBAN_NAME + ". Reason: Nội dung về trật tự đô thị.");

        assertThat(requests.refuse(new AssignmentCommands.RefuseRequest(IN_PROGRESS_LAND, 1, "Đúng chức năng."))
                .isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.REQUEST_REFUSED, "history.reassignmentRefused",
                List.of("Đúng chức năng."), "Không đồng ý đề nghị giao bộ phận khác. Lý do: Đúng chức năng.",
                "Request for another department refused. Reason: Đúng chức năng.");

        asLandOfficer(() -> requests.requestReassignment(new AssignmentCommands.RequestReassignment(IN_PROGRESS_LAND,
                2, null, "Không thuộc chức năng.")));
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.REASSIGNMENT_REQUESTED,
                "history.reassignmentRequested.noSuggestion", List.of("Không thuộc chức năng."),
                "Lý do: Không thuộc chức năng.", "Reason: Không thuộc chức năng.");

        assertThat(requests.approve(new AssignmentCommands.ApproveRequest(IN_PROGRESS_LAND, 3, new DepartmentId(6),
                null)).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.REQUEST_APPROVED, "history.reassignmentApproved",
                List.of(LAND_NAME, "Công an phường"), "Đồng ý giao bộ phận khác. Từ " + LAND_NAME + " sang Công an phường",
                "Another department approved. From " + LAND_NAME + " to Công an phường");
    }

    @Test
    @WithUserDetails("chutich")
    void a_leader_refuses_more_time() throws Exception {
        asLandOfficer(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0, LATER,
                "Chờ quận.")));
        assertThat(requests.refuse(new AssignmentCommands.RefuseRequest(ASSIGNED_LAND, 1, "Hồ sơ đã đủ.")).isDone())
                .isTrue();
        history.last(ASSIGNED_LAND).is(HistoryEvent.REQUEST_REFUSED, "history.extensionRefused",
                List.of("Hồ sơ đã đủ."), "Không đồng ý đề nghị gia hạn. Lý do: Hồ sơ đã đủ.",
                "Request for more time refused. Reason: Hồ sơ đã đủ.");
    }
}
