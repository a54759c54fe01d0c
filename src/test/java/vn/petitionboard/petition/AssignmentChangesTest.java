package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.DEPARTMENT_REQUEST;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.CommandResult.Invalid;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.security.UserId;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.Today;

/**
 * A leader's changes to an assignment (another department, more time, a further instruction) and a department's
 * requests (more time, "not ours") with a leader's decision: allowed and refused per role, department and state, the
 * version check, the date bounds, one open request at a time, and the history each writes. On the demo ward, each test
 * in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class AssignmentChangesTest {

    // Demo petitions (0100-demo-data.sql), all at version 0 with deadlines in 2020.
    static final PetitionId RECEIVED = new PetitionId(13);          // KN-2020-007, no department
    static final PetitionId ASSIGNED_LAND = new PetitionId(8);      // KN-2020-002, Địa chính – Xây dựng
    static final PetitionId IN_PROGRESS_LAND = new PetitionId(9);   // KN-2020-003
    static final PetitionId ANSWERED_URBAN = new PetitionId(12);    // KN-2020-006
    static final DepartmentId LAND = new DepartmentId(2);
    static final DepartmentId URBAN = new DepartmentId(3);
    static final String LAND_NAME = "Địa chính – Xây dựng";
    static final String URBAN_NAME = "Kinh tế – Hạ tầng – Đô thị";
    static final LocalDate TODAY = Today.date();
    static final LocalDate LATER = TODAY.plusDays(45);

    @Autowired
    DirectionService direction;

    @Autowired
    DepartmentRequestService requests;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    PetitionQueryService petitions;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    record Row(PetitionState state, DepartmentId department, LocalDate deadline, int version) {
    }

    Row row(PetitionId id) {
        return dsl.select(PETITION.STATE, PETITION.DEPARTMENT_ID, PETITION.DEADLINE, PETITION.VERSION)
                .from(PETITION).where(PETITION.ID.eq(id)).fetchOne(r -> new Row(r.value1(), r.value2(), r.value3(),
                        r.value4()));
    }

    int historyOf(PetitionId id) {
        return dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(id));
    }

    /** The newest history row: event, from → to and details. */
    record Event(HistoryEvent event, PetitionState from, PetitionState to, String details) {
    }

    Event lastEvent(PetitionId id) {
        return dsl.select(PETITION_HISTORY.EVENT_TYPE, PETITION_HISTORY.FROM_STATE, PETITION_HISTORY.TO_STATE,
                        PETITION_HISTORY.DETAILS)
                .from(PETITION_HISTORY).where(PETITION_HISTORY.PETITION_ID.eq(id))
                .orderBy(PETITION_HISTORY.OCCURRED_AT.desc(), PETITION_HISTORY.ID.desc()).limit(1)
                .fetchOne(r -> new Event(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    int requestsOf(PetitionId id) {
        return dsl.fetchCount(DEPARTMENT_REQUEST, DEPARTMENT_REQUEST.PETITION_ID.eq(id));
    }

    /** Nothing written: the petition row and its history as they were. */
    void assertUnchanged(PetitionId id, Row before, int history) {
        assertThat(row(id)).isEqualTo(before);
        assertThat(historyOf(id)).as("history rows").isEqualTo(history);
    }

    void assertRefused(CommandResult result, String key) {
        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.messageKey()).isEqualTo(key));
    }

    void assertInvalid(CommandResult result, String field, FieldError error) {
        assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors()).containsEntry(field,
                error));
    }

    void setDeadline(PetitionId id, LocalDate deadline) {
        dsl.update(PETITION).set(PETITION.DEADLINE, deadline).where(PETITION.ID.eq(id)).execute();
    }

    <T> T as(String username, java.util.concurrent.Callable<T> action) throws Exception {
        return signIn.as(username, action);
    }

    @Nested
    class Reassign {

        AssignmentCommands.Reassign toUrban(PetitionId id, int version) {
            return new AssignmentCommands.Reassign(id, version, URBAN, "Nội dung thuộc lĩnh vực trật tự đô thị.");
        }

        @Test
        @WithUserDetails("chutich")
        void the_chair_gives_a_petition_in_progress_to_another_department_and_it_starts_again_as_assigned()
                throws Exception {
            int history = historyOf(IN_PROGRESS_LAND);
            CommandResult result = direction.reassign(toUrban(IN_PROGRESS_LAND, 0));

            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.ASSIGNED, 1));
            Row after = row(IN_PROGRESS_LAND);
            assertThat(after.department()).isEqualTo(URBAN);
            assertThat(after.deadline()).as("the deadline stays").isEqualTo(LocalDate.of(2021, 1, 29));
            var current = dsl.selectFrom(ASSIGNMENT).where(ASSIGNMENT.PETITION_ID.eq(IN_PROGRESS_LAND)
                    .and(ASSIGNMENT.ENDED_AT.isNull())).fetchSingle();
            assertThat(current.getDepartmentId()).isEqualTo(URBAN);
            assertThat(current.getInstruction()).as("the instruction goes with it")
                    .isEqualTo("Tổ chức hội nghị hướng dẫn thủ tục tại các tổ dân phố.");
            assertThat(historyOf(IN_PROGRESS_LAND)).isEqualTo(history + 1);
            assertThat(lastEvent(IN_PROGRESS_LAND)).isEqualTo(new Event(HistoryEvent.REASSIGNED,
                    PetitionState.IN_PROGRESS, PetitionState.ASSIGNED, "Từ " + LAND_NAME + " sang " + URBAN_NAME
                            + ". Lý do: Nội dung thuộc lĩnh vực trật tự đô thị."));

            assertThat(as("hatang", () -> petitions.findDetails(IN_PROGRESS_LAND))).as("the new department sees it")
                    .isPresent();
            assertThat(as("diachinh", () -> petitions.findDetails(IN_PROGRESS_LAND)))
                    .as("the old department no longer does").isEmpty();
            assertThat(as("hatang", () -> workflow.allowedTransitions(IN_PROGRESS_LAND)))
                    .containsExactly(Transition.START);
        }

        @Test
        @WithUserDetails("bithu")
        void the_party_secretary_may_reassign_an_assigned_petition_too() {
            assertThat(direction.reassign(toUrban(ASSIGNED_LAND, 0)))
                    .isEqualTo(new Done(ASSIGNED_LAND, PetitionState.ASSIGNED, 1));
        }

        @Test
        @WithUserDetails("chutich")
        void the_same_department_an_unknown_one_and_no_reason_are_refused_at_their_fields() {
            Row before = row(ASSIGNED_LAND);
            int history = historyOf(ASSIGNED_LAND);
            assertInvalid(direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, LAND, "Giao lại.")),
                    "department", FieldError.of("validation.department.same"));
            assertInvalid(direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, new DepartmentId(999),
                    "Giao lại.")), "department", FieldError.of("validation.department.unknown"));
            assertInvalid(direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, URBAN, " \u200b ")),
                    "reason", FieldError.of("validation.required"));
            assertInvalid(direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, null, "Giao lại.")),
                    "department", FieldError.of("validation.required"));
            assertUnchanged(ASSIGNED_LAND, before, history);
        }

        @Test
        @WithUserDetails("chutich")
        void a_stale_version_is_a_conflict_and_changes_nothing() {
            Row before = row(ASSIGNED_LAND);
            assertThat(direction.reassign(toUrban(ASSIGNED_LAND, 3))).isInstanceOf(Conflict.class);
            assertUnchanged(ASSIGNED_LAND, before, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("chutich")
        void only_a_petition_a_department_has_can_be_reassigned() {
            assertRefused(direction.reassign(toUrban(RECEIVED, 0)), "workflow.refused.state");
            assertRefused(direction.reassign(toUrban(ANSWERED_URBAN, 0)), "workflow.refused.state");
            assertThat(row(RECEIVED).department()).isNull();
        }

        @Test
        @WithUserDetails("diachinh")
        void the_departments_officer_may_not_reassign_its_own_petition() {
            Row before = row(ASSIGNED_LAND);
            assertRefused(direction.reassign(toUrban(ASSIGNED_LAND, 0)), "workflow.refused.role");
            assertUnchanged(ASSIGNED_LAND, before, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_may_not_reassign() {
            assertRefused(direction.reassign(toUrban(ASSIGNED_LAND, 0)), "workflow.refused.role");
        }

        @Test
        @WithUserDetails("vanthu")
        void the_clerk_may_not_reassign() {
            assertRefused(direction.reassign(toUrban(ASSIGNED_LAND, 0)), "workflow.refused.role");
        }
    }

    @Nested
    class ExtendDeadline {

        @Test
        @WithUserDetails("chutich")
        void a_leader_extends_the_deadline_and_the_state_stays() {
            setDeadline(IN_PROGRESS_LAND, TODAY.plusDays(5));
            CommandResult result = direction.extendDeadline(new AssignmentCommands.ExtendDeadline(IN_PROGRESS_LAND, 0,
                    LATER, "Chờ kết quả đo đạc của quận."));

            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, 1));
            assertThat(row(IN_PROGRESS_LAND).deadline()).isEqualTo(LATER);
            assertThat(lastEvent(IN_PROGRESS_LAND)).isEqualTo(new Event(HistoryEvent.DEADLINE_EXTENDED,
                    PetitionState.IN_PROGRESS, PetitionState.IN_PROGRESS, "Từ " + Formats.date(TODAY.plusDays(5))
                            + " đến " + Formats.date(LATER) + ". Lý do: Chờ kết quả đo đạc của quận."));
        }

        @Test
        @WithUserDetails("chutich")
        void the_new_deadline_must_be_later_than_the_current_one_and_within_the_bounds_of_any_deadline() {
            setDeadline(ASSIGNED_LAND, LATER);
            Row before = row(ASSIGNED_LAND);
            int history = historyOf(ASSIGNED_LAND);
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, LATER,
                    "Thêm thời gian.")), "newDeadline", FieldError.of("validation.deadline.notLater",
                    Formats.date(LATER)));
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0,
                    LATER.minusDays(10), "Thêm thời gian.")), "newDeadline",
                    FieldError.of("validation.deadline.notLater", Formats.date(LATER)));
            LocalDate latest = TODAY.plusYears(DateRange.DEADLINE_YEARS_AHEAD);
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0,
                    latest.plusDays(1), "Thêm thời gian.")), "newDeadline",
                    FieldError.of("validation.date.tooFar", Formats.date(latest)));
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, null,
                    "Thêm thời gian.")), "newDeadline", FieldError.of("validation.required"));
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0,
                    LATER.plusDays(1), "")), "reason", FieldError.of("validation.required"));
            assertUnchanged(ASSIGNED_LAND, before, history);

            assertThat(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, latest,
                    "Cần kinh phí năm sau.")).isDone()).as("three years ahead is the latest").isTrue();
        }

        @Test
        @WithUserDetails("chutich")
        void an_overdue_petition_may_get_a_deadline_from_today_but_not_in_the_past() {
            assertInvalid(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0,
                    TODAY.minusDays(1), "Gia hạn.")), "newDeadline", FieldError.of("validation.date.past",
                    Formats.date(TODAY)));
            assertThat(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, TODAY,
                    "Gia hạn.")).isDone()).isTrue();
        }

        @Test
        @WithUserDetails("chutich")
        void a_stale_version_is_a_conflict() {
            Row before = row(ASSIGNED_LAND);
            assertThat(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 1, LATER,
                    "Gia hạn."))).isInstanceOf(Conflict.class);
            assertUnchanged(ASSIGNED_LAND, before, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("diachinh")
        void an_officer_asks_for_more_time_but_may_not_extend() {
            assertRefused(direction.extendDeadline(new AssignmentCommands.ExtendDeadline(ASSIGNED_LAND, 0, LATER,
                    "Gia hạn.")), "workflow.refused.role");
        }
    }

    @Nested
    class AddInstruction {

        @Test
        @WithUserDetails("chutich")
        void a_leader_adds_an_instruction_the_state_stays_and_the_version_moves() {
            CommandResult result = direction.addInstruction(new AssignmentCommands.AddInstruction(ASSIGNED_LAND, 0,
                    "Phối hợp Công an phường xác minh hiện trạng."));
            assertThat(result).isEqualTo(new Done(ASSIGNED_LAND, PetitionState.ASSIGNED, 1));
            assertThat(lastEvent(ASSIGNED_LAND)).isEqualTo(new Event(HistoryEvent.INSTRUCTION_ADDED,
                    PetitionState.ASSIGNED, PetitionState.ASSIGNED, "Phối hợp Công an phường xác minh hiện trạng."));
            assertThat(direction.addInstruction(new AssignmentCommands.AddInstruction(ASSIGNED_LAND, 0, "Thêm.")))
                    .as("the version the user saw is gone").isInstanceOf(Conflict.class);
        }

        @Test
        @WithUserDetails("chutich")
        void an_empty_or_overlong_instruction_is_refused() {
            assertInvalid(direction.addInstruction(new AssignmentCommands.AddInstruction(ASSIGNED_LAND, 0, "  ")),
                    "instruction", FieldError.of("validation.required"));
            assertInvalid(direction.addInstruction(new AssignmentCommands.AddInstruction(ASSIGNED_LAND, 0,
                    "ả".repeat(2001))), "instruction", FieldError.of("validation.tooLong", 2000, 2001));
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_may_not_add_an_instruction() {
            assertRefused(direction.addInstruction(new AssignmentCommands.AddInstruction(ASSIGNED_LAND, 0, "Thêm.")),
                    "workflow.refused.role");
        }
    }

    @Nested
    class DepartmentRequests {

        AssignmentCommands.RequestExtension moreTime(PetitionId id, int version) {
            return new AssignmentCommands.RequestExtension(id, version, LATER, "Chờ quận thẩm định hồ sơ.");
        }

        @Test
        @WithUserDetails("diachinh")
        void the_officer_asks_for_more_time_the_request_is_open_and_the_petition_stays() {
            int history = historyOf(IN_PROGRESS_LAND);
            CommandResult result = requests.requestExtension(moreTime(IN_PROGRESS_LAND, 0));

            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, 1));
            var request = dsl.selectFrom(DEPARTMENT_REQUEST).where(DEPARTMENT_REQUEST.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .fetchSingle();
            assertThat(request.getKind()).isEqualTo(RequestKind.EXTENSION);
            assertThat(request.getDepartmentId()).isEqualTo(LAND);
            assertThat(request.getProposedDeadline()).isEqualTo(LATER);
            assertThat(request.getDecision()).isNull();
            assertThat(row(IN_PROGRESS_LAND).deadline()).as("not yet").isEqualTo(LocalDate.of(2021, 1, 29));
            assertThat(historyOf(IN_PROGRESS_LAND)).isEqualTo(history + 1);
            assertThat(lastEvent(IN_PROGRESS_LAND)).isEqualTo(new Event(HistoryEvent.EXTENSION_REQUESTED,
                    PetitionState.IN_PROGRESS, PetitionState.IN_PROGRESS, "Đề nghị hạn mới " + Formats.date(LATER)
                            + ". Lý do: Chờ quận thẩm định hồ sơ."));
        }

        @Test
        @WithUserDetails("diachinh")
        void only_one_request_is_open_at_a_time() {
            assertThat(requests.requestExtension(moreTime(ASSIGNED_LAND, 0)).isDone()).isTrue();
            Row before = row(ASSIGNED_LAND);
            int history = historyOf(ASSIGNED_LAND);

            assertRefused(requests.requestReassignment(new AssignmentCommands.RequestReassignment(ASSIGNED_LAND, 1,
                    null, "Không thuộc chức năng.")), "request.refused.alreadyOpen");
            assertRefused(requests.requestExtension(moreTime(ASSIGNED_LAND, 1)), "request.refused.alreadyOpen");
            assertUnchanged(ASSIGNED_LAND, before, history);
            assertThat(requestsOf(ASSIGNED_LAND)).isEqualTo(1);
            assertThat(workflow.allowedActions(ASSIGNED_LAND)).as("nothing more to ask meanwhile").isEmpty();
        }

        @Test
        @WithUserDetails("diachinh")
        void the_database_refuses_a_second_open_request_whatever_the_service_did() {
            assertThat(requests.requestExtension(moreTime(ASSIGNED_LAND, 0)).isDone()).isTrue();
            UserId officer = dsl.select(DEPARTMENT_REQUEST.REQUESTED_BY).from(DEPARTMENT_REQUEST)
                    .where(DEPARTMENT_REQUEST.PETITION_ID.eq(ASSIGNED_LAND)).fetchSingle(DEPARTMENT_REQUEST.REQUESTED_BY);
            assertThatThrownBy(() -> dsl.insertInto(DEPARTMENT_REQUEST)
                    .set(DEPARTMENT_REQUEST.PETITION_ID, ASSIGNED_LAND).set(DEPARTMENT_REQUEST.DEPARTMENT_ID, LAND)
                    .set(DEPARTMENT_REQUEST.KIND, RequestKind.REASSIGNMENT).set(DEPARTMENT_REQUEST.REASON, "x")
                    .set(DEPARTMENT_REQUEST.REQUESTED_BY, officer)
                    .set(DEPARTMENT_REQUEST.REQUESTED_AT, Today.dateTime()).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("uq_department_request_open");
        }

        @Test
        @WithUserDetails("diachinh")
        void the_officer_says_not_ours_and_names_the_department_that_should_have_it() {
            CommandResult result = requests.requestReassignment(new AssignmentCommands.RequestReassignment(
                    ASSIGNED_LAND, 0, URBAN, "Nội dung về lấn chiếm vỉa hè."));
            assertThat(result).isEqualTo(new Done(ASSIGNED_LAND, PetitionState.ASSIGNED, 1));
            var request = dsl.selectFrom(DEPARTMENT_REQUEST).where(DEPARTMENT_REQUEST.PETITION_ID.eq(ASSIGNED_LAND))
                    .fetchSingle();
            assertThat(request.getKind()).isEqualTo(RequestKind.REASSIGNMENT);
            assertThat(request.getSuggestedDepartmentId()).isEqualTo(URBAN);
            assertThat(lastEvent(ASSIGNED_LAND).details())
                    .isEqualTo("Đề nghị giao " + URBAN_NAME + ". Lý do: Nội dung về lấn chiếm vỉa hè.");
        }

        @Test
        @WithUserDetails("diachinh")
        void a_request_needs_a_reason_a_later_deadline_and_another_department() {
            setDeadline(ASSIGNED_LAND, LATER);
            assertInvalid(requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                    LATER.minusDays(1), "Thêm thời gian.")), "proposedDeadline",
                    FieldError.of("validation.deadline.notLater", Formats.date(LATER)));
            assertInvalid(requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                    LATER.plusDays(1), "")), "reason", FieldError.of("validation.required"));
            assertInvalid(requests.requestReassignment(new AssignmentCommands.RequestReassignment(ASSIGNED_LAND, 0,
                    LAND, "Không thuộc chức năng.")), "suggestedDepartment",
                    FieldError.of("validation.department.same"));
            assertThat(requestsOf(ASSIGNED_LAND)).isZero();
        }

        @Test
        @WithUserDetails("hatang")
        void another_departments_officer_does_not_find_the_petition() {
            Row before = row(ASSIGNED_LAND);
            assertRefused(requests.requestExtension(moreTime(ASSIGNED_LAND, 0)), "petition.notFound");
            assertRefused(requests.requestReassignment(new AssignmentCommands.RequestReassignment(ASSIGNED_LAND, 0,
                    null, "Không phải của chúng tôi.")), "petition.notFound");
            assertUnchanged(ASSIGNED_LAND, before, historyOf(ASSIGNED_LAND));
            assertThat(workflow.allowedActions(ASSIGNED_LAND)).isEmpty();
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_may_not_ask() {
            assertRefused(requests.requestExtension(moreTime(ASSIGNED_LAND, 0)), "workflow.refused.role");
        }

        @Test
        @WithUserDetails("vanthu")
        void the_clerk_may_not_ask() {
            assertRefused(requests.requestReassignment(new AssignmentCommands.RequestReassignment(ASSIGNED_LAND, 0,
                    null, "Không phải của văn phòng.")), "workflow.refused.role");
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_does_not_ask_but_decides() {
            assertRefused(requests.requestExtension(moreTime(ASSIGNED_LAND, 0)), "workflow.refused.role");
        }

        @Test
        @WithUserDetails("diachinh")
        void a_resolved_petition_of_the_department_takes_no_request() {
            var resolved = new PetitionId(1); // KN-2019-001, Địa chính – Xây dựng
            assertRefused(requests.requestExtension(moreTime(resolved, 0)), "workflow.refused.state");
            assertThat(requestsOf(resolved)).isZero();
        }
    }

    @Nested
    class Decisions {

        void landOfficerAsks(CommandResultSupplier ask) throws Exception {
            assertThat(as("diachinh", ask::get).isDone()).as("the officer's request").isTrue();
        }

        @FunctionalInterface
        interface CommandResultSupplier {
            CommandResult get() throws Exception;
        }

        @Test
        @WithUserDetails("chutich")
        void the_chair_approves_more_time_the_deadline_moves_and_both_steps_are_in_the_history() throws Exception {
            landOfficerAsks(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(IN_PROGRESS_LAND,
                    0, LATER, "Chờ quận thẩm định.")));
            assertThat(workflow.allowedActions(IN_PROGRESS_LAND)).contains(PetitionAction.APPROVE_REQUEST,
                    PetitionAction.REFUSE_REQUEST);

            CommandResult result = requests.approve(new AssignmentCommands.ApproveRequest(IN_PROGRESS_LAND, 1, null,
                    LATER));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, 2));
            assertThat(row(IN_PROGRESS_LAND).deadline()).isEqualTo(LATER);
            var request = dsl.selectFrom(DEPARTMENT_REQUEST)
                    .where(DEPARTMENT_REQUEST.PETITION_ID.eq(IN_PROGRESS_LAND)).fetchSingle();
            assertThat(request.getDecision()).isEqualTo(RequestDecision.APPROVED);
            assertThat(request.getDecidedAt()).isNotNull();
            assertThat(dsl.select(PETITION_HISTORY.EVENT_TYPE).from(PETITION_HISTORY)
                    .where(PETITION_HISTORY.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .orderBy(PETITION_HISTORY.OCCURRED_AT.desc(), PETITION_HISTORY.ID.desc()).limit(2)
                    .fetch(PETITION_HISTORY.EVENT_TYPE))
                    .containsExactly(HistoryEvent.REQUEST_APPROVED, HistoryEvent.EXTENSION_REQUESTED);
            assertThat(lastEvent(IN_PROGRESS_LAND).details()).isEqualTo("Đồng ý gia hạn. Từ 29/01/2021 đến "
                    + Formats.date(LATER));
            assertThat(workflow.allowedActions(IN_PROGRESS_LAND)).as("nothing open any more")
                    .doesNotContain(PetitionAction.APPROVE_REQUEST, PetitionAction.REFUSE_REQUEST);
        }

        @Test
        @WithUserDetails("bithu")
        void the_secretary_approves_not_ours_by_picking_the_department() throws Exception {
            landOfficerAsks(() -> requests.requestReassignment(new AssignmentCommands.RequestReassignment(
                    IN_PROGRESS_LAND, 0, URBAN, "Nội dung về trật tự đô thị.")));
            assertInvalid(requests.approve(new AssignmentCommands.ApproveRequest(IN_PROGRESS_LAND, 1, null, null)),
                    "department", FieldError.of("validation.required"));

            CommandResult result = requests.approve(new AssignmentCommands.ApproveRequest(IN_PROGRESS_LAND, 1,
                    new DepartmentId(6), null));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.ASSIGNED, 2));
            assertThat(row(IN_PROGRESS_LAND).department()).as("the leader's pick, not the suggestion")
                    .isEqualTo(new DepartmentId(6));
            assertThat(lastEvent(IN_PROGRESS_LAND)).isEqualTo(new Event(HistoryEvent.REQUEST_APPROVED,
                    PetitionState.IN_PROGRESS, PetitionState.ASSIGNED,
                    "Đồng ý giao bộ phận khác. Từ " + LAND_NAME + " sang Công an phường"));
            assertThat(as("diachinh", () -> petitions.findDetails(IN_PROGRESS_LAND))).isEmpty();
        }

        @Test
        @WithUserDetails("chutich")
        void a_refusal_needs_a_reason_closes_the_request_and_the_officer_may_ask_again() throws Exception {
            landOfficerAsks(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                    LATER, "Chờ quận.")));
            assertInvalid(requests.refuse(new AssignmentCommands.RefuseRequest(ASSIGNED_LAND, 1, "")), "reason",
                    FieldError.of("validation.required"));

            CommandResult result = requests.refuse(new AssignmentCommands.RefuseRequest(ASSIGNED_LAND, 1,
                    "Hồ sơ đã đủ, đề nghị hoàn thành đúng hạn."));
            assertThat(result).isEqualTo(new Done(ASSIGNED_LAND, PetitionState.ASSIGNED, 2));
            var request = dsl.selectFrom(DEPARTMENT_REQUEST).where(DEPARTMENT_REQUEST.PETITION_ID.eq(ASSIGNED_LAND))
                    .fetchSingle();
            assertThat(request.getDecision()).isEqualTo(RequestDecision.REFUSED);
            assertThat(request.getDecisionNote()).isEqualTo("Hồ sơ đã đủ, đề nghị hoàn thành đúng hạn.");
            assertThat(row(ASSIGNED_LAND).deadline()).as("unchanged").isEqualTo(LocalDate.of(2020, 12, 31));
            assertThat(lastEvent(ASSIGNED_LAND).details())
                    .isEqualTo("Không đồng ý đề nghị gia hạn. Lý do: Hồ sơ đã đủ, đề nghị hoàn thành đúng hạn.");

            landOfficerAsks(() -> requests.requestReassignment(new AssignmentCommands.RequestReassignment(
                    ASSIGNED_LAND, 2, null, "Không thuộc chức năng.")));
            assertThat(requestsOf(ASSIGNED_LAND)).isEqualTo(2);
        }

        @Test
        @WithUserDetails("chutich")
        void there_is_nothing_to_decide_without_an_open_request() {
            assertRefused(requests.approve(new AssignmentCommands.ApproveRequest(ASSIGNED_LAND, 0, null, LATER)),
                    "request.refused.noneOpen");
            assertRefused(requests.refuse(new AssignmentCommands.RefuseRequest(ASSIGNED_LAND, 0, "Không.")),
                    "request.refused.noneOpen");
            assertThat(row(ASSIGNED_LAND).version()).as("nothing written").isZero();
        }

        @Test
        @WithUserDetails("chutich")
        void a_decision_on_a_stale_page_is_a_conflict() throws Exception {
            landOfficerAsks(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                    LATER, "Chờ quận.")));
            assertThat(requests.approve(new AssignmentCommands.ApproveRequest(ASSIGNED_LAND, 0, null, LATER)))
                    .as("the page was loaded before the request").isInstanceOf(Conflict.class);
            assertThat(row(ASSIGNED_LAND).deadline()).isEqualTo(LocalDate.of(2020, 12, 31));
        }

        @Test
        @WithUserDetails("diachinh")
        void the_officer_may_not_decide_on_its_own_request() {
            assertThat(requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0, LATER,
                    "Chờ quận.")).isDone()).isTrue();
            assertRefused(requests.approve(new AssignmentCommands.ApproveRequest(ASSIGNED_LAND, 1, null, LATER)),
                    "workflow.refused.role");
            assertRefused(requests.refuse(new AssignmentCommands.RefuseRequest(ASSIGNED_LAND, 1, "Rút lại.")),
                    "workflow.refused.role");
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_may_not_decide() throws Exception {
            landOfficerAsks(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                    LATER, "Chờ quận.")));
            assertRefused(requests.approve(new AssignmentCommands.ApproveRequest(ASSIGNED_LAND, 1, null, LATER)),
                    "workflow.refused.role");
        }
    }

    @Test
    @WithUserDetails("diachinh")
    void the_page_offers_the_officer_its_requests_and_the_leader_the_changes() throws Exception {
        assertThat(workflow.allowedActions(ASSIGNED_LAND)).containsExactlyInAnyOrder(
                PetitionAction.REQUEST_EXTENSION, PetitionAction.REQUEST_REASSIGNMENT);
        assertThat(as("chutich", () -> workflow.allowedActions(ASSIGNED_LAND))).containsExactlyInAnyOrder(
                PetitionAction.REASSIGN, PetitionAction.EXTEND_DEADLINE, PetitionAction.ADD_INSTRUCTION);
        assertThat(as("chutich", () -> workflow.allowedActions(RECEIVED))).isEmpty();
        assertThat(as("mattran", () -> workflow.allowedActions(ASSIGNED_LAND))).isEmpty();
        assertThat(as("vanthu", () -> workflow.allowedActions(ASSIGNED_LAND))).isEmpty();
    }

    @Test
    @WithUserDetails("quantri")
    void method_security_turns_away_a_role_that_sees_no_petitions() {
        assertThatThrownBy(() -> direction.reassign(new AssignmentCommands.Reassign(ASSIGNED_LAND, 0, URBAN, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.requestExtension(new AssignmentCommands.RequestExtension(ASSIGNED_LAND, 0,
                LATER, "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_action_has_a_label_and_every_new_event_a_history_text_in_both_languages() {
        for (String bundle : List.of("i18n.messages", "i18n.messages_en")) {
            var messages = java.util.ResourceBundle.getBundle(bundle, java.util.Locale.ROOT,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (PetitionAction action : PetitionAction.values()) {
                assertThat(messages.getString(action.labelKey())).as(bundle + " " + action).isNotBlank();
            }
            for (HistoryEvent event : HistoryEvent.values()) {
                assertThat(messages.getString("event." + event.name())).as(bundle + " " + event).isNotBlank();
            }
        }
    }
}
