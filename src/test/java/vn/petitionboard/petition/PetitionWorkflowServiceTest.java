package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT_CHUNK;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;
import static vn.petitionboard.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.CommandResult.Invalid;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.StagedFiles;
import vn.petitionboard.support.Today;

/**
 * Every arrow of the life cycle, allowed and refused, per role and per state, on the demo ward. Each test runs in a
 * transaction that is rolled back, so the demo data stays as the other tests expect it.
 */
@IntegrationTest
@Transactional
class PetitionWorkflowServiceTest {

    // Demo petitions by state (0100-demo-data.sql); all at version 0.
    static final PetitionId RECEIVED = new PetitionId(13);          // KN-2020-007, no department
    static final PetitionId ASSIGNED_LAND = new PetitionId(8);      // KN-2020-002, Địa chính – Xây dựng
    static final PetitionId IN_PROGRESS_LAND = new PetitionId(9);   // KN-2020-003
    static final PetitionId IN_PROGRESS_URBAN = new PetitionId(10); // KN-2020-004, Kinh tế – Hạ tầng – Đô thị
    static final PetitionId ESCALATED = new PetitionId(14);         // KN-2020-008, sent to Quận Long Biên
    static final PetitionId ANSWERED_URBAN = new PetitionId(12);    // KN-2020-006
    static final PetitionId ANSWERED_ON_THE_SPOT = new PetitionId(7); // KN-2020-001, no department
    static final DepartmentId LAND = new DepartmentId(2);
    static final LocalDate FUTURE = Today.date().plusDays(30);

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    EscalationService escalations;

    @Autowired
    DSLContext dsl;

    @Autowired
    java.time.Clock clock;

    @Autowired
    AttachmentStaging staging;

    @Autowired
    PetitionQueryService petitions;

    @Autowired
    vn.petitionboard.support.SignIn signIn;

    PetitionState stateOf(PetitionId id) {
        return dsl.select(PETITION.STATE).from(PETITION).where(PETITION.ID.eq(id)).fetchOne(PETITION.STATE);
    }

    int historyOf(PetitionId id) {
        return dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(id));
    }

    HistoryEvent lastEvent(PetitionId id) {
        return dsl.select(PETITION_HISTORY.EVENT_TYPE).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(id))
                .orderBy(PETITION_HISTORY.OCCURRED_AT.desc(), PETITION_HISTORY.ID.desc()).limit(1)
                .fetchOne(PETITION_HISTORY.EVENT_TYPE);
    }

    void assertRefused(CommandResult result, String key, PetitionId id, PetitionState unchanged, int history) {
        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.messageKey()).isEqualTo(key));
        assertThat(stateOf(id)).isEqualTo(unchanged);
        assertThat(historyOf(id)).as("nothing written").isEqualTo(history);
    }

    PetitionCommands.Assign assignToLand(PetitionId id) {
        return new PetitionCommands.Assign(id, 0, LAND, FUTURE, "Kiểm tra, báo cáo UBND phường.");
    }

    @Nested
    class Assign {

        @Test
        @WithUserDetails("chutich")
        void chair_assigns_a_received_petition_to_a_department_with_deadline_and_instruction() {
            int history = historyOf(RECEIVED);
            CommandResult result = workflow.assign(assignToLand(RECEIVED));

            assertThat(result).isEqualTo(new Done(RECEIVED, PetitionState.ASSIGNED, 1));
            var row = dsl.selectFrom(PETITION).where(PETITION.ID.eq(RECEIVED)).fetchOne();
            assertThat(row.getDepartmentId()).isEqualTo(LAND);
            assertThat(row.getDeadline()).isEqualTo(FUTURE);
            assertThat(row.getVersion()).isEqualTo(1);
            assertThat(dsl.fetchCount(ASSIGNMENT, ASSIGNMENT.PETITION_ID.eq(RECEIVED))).isEqualTo(1);
            assertThat(historyOf(RECEIVED)).isEqualTo(history + 1);
            assertThat(lastEvent(RECEIVED)).isEqualTo(HistoryEvent.ASSIGNED);
        }

        @Test
        @WithUserDetails("bithu")
        void the_party_secretary_may_assign_too() {
            assertThat(workflow.assign(assignToLand(RECEIVED)).isDone()).isTrue();
        }

        @Test
        @WithUserDetails("mattran")
        void a_front_reviewer_may_not_assign() {
            assertRefused(workflow.assign(assignToLand(RECEIVED)), "workflow.refused.role", RECEIVED,
                    PetitionState.RECEIVED, historyOf(RECEIVED));
        }

        @Test
        @WithUserDetails("vanthu")
        void the_clerk_may_not_assign() {
            assertRefused(workflow.assign(assignToLand(RECEIVED)), "workflow.refused.role", RECEIVED,
                    PetitionState.RECEIVED, historyOf(RECEIVED));
        }

        @Test
        @WithUserDetails("chutich")
        void a_petition_already_in_progress_cannot_be_assigned() {
            assertRefused(workflow.assign(assignToLand(IN_PROGRESS_LAND)), "workflow.refused.state",
                    IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, historyOf(IN_PROGRESS_LAND));
        }

        @Test
        @WithUserDetails("chutich")
        void a_deadline_in_the_past_an_empty_instruction_and_an_unknown_department_are_refused_at_their_fields() {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, new DepartmentId(999),
                    Today.date().minusDays(1), "   "));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> {
                assertThat(invalid.errors()).containsOnlyKeys("instruction", "deadline", "department");
                assertThat(invalid.errors().get("deadline").messageKey()).isEqualTo("validation.date.past");
                assertThat(invalid.errors().get("instruction").messageKey()).isEqualTo("validation.required");
            });
            assertThat(stateOf(RECEIVED)).isEqualTo(PetitionState.RECEIVED);
        }

        @Test
        @WithUserDetails("chutich")
        void a_stale_version_is_a_conflict_and_changes_nothing() {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 7, LAND, FUTURE, "Giao."));
            assertThat(result).isInstanceOf(Conflict.class);
            assertThat(stateOf(RECEIVED)).isEqualTo(PetitionState.RECEIVED);
        }

        @Test
        @WithUserDetails("chutich")
        void text_is_stored_as_nfc_with_emoji_and_html_kept_as_typed() {
            String decomposed = "Kie\u0302\u0309m tra \u0111a\u0302\u0301t <script>alert(1)</script> 🙏";
            workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND, FUTURE, decomposed));
            String stored = dsl.select(ASSIGNMENT.INSTRUCTION).from(ASSIGNMENT)
                    .where(ASSIGNMENT.PETITION_ID.eq(RECEIVED)).fetchOne(ASSIGNMENT.INSTRUCTION);
            assertThat(stored).isEqualTo("Kiểm tra đất <script>alert(1)</script> 🙏");
        }

        @Test
        @WithUserDetails("chutich")
        void over_long_text_is_refused_with_its_length() {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND, FUTURE,
                    "ả".repeat(2001)));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(
                    invalid.errors().get("instruction")).isEqualTo(
                    vn.petitionboard.base.text.FieldError.of("validation.tooLong", 2000, 2001)));
        }
    }

    /** Slips the date pickers mark as the user types; the service refuses them again whatever the UI sent. */
    @Nested
    class DatesAndTextAtTheirEdges {

        @Test
        @WithUserDetails("chutich")
        void a_deadline_of_31_12_9999_is_refused_and_nothing_is_written() {
            int history = historyOf(RECEIVED);
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND,
                    LocalDate.of(9999, 12, 31), "Kiểm tra."));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("deadline"))
                    .isEqualTo(FieldError.of("validation.date.tooFar",
                            Formats.date(Today.date().plusYears(DateRange.DEADLINE_YEARS_AHEAD)))));
            assertThat(stateOf(RECEIVED)).isEqualTo(PetitionState.RECEIVED);
            assertThat(historyOf(RECEIVED)).isEqualTo(history);
        }

        @Test
        @WithUserDetails("chutich")
        void a_deadline_three_years_ahead_is_the_latest_accepted() {
            LocalDate latest = Today.date().plusYears(DateRange.DEADLINE_YEARS_AHEAD);
            assertThat(workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND, latest, "Kiểm tra.")))
                    .isEqualTo(new Done(RECEIVED, PetitionState.ASSIGNED, 1));
        }

        @Test
        @WithUserDetails("diachinh")
        void a_document_dated_01_01_0001_is_refused_not_dropped() {
            int history = historyOf(IN_PROGRESS_LAND);
            CommandResult result = workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_LAND, 0,
                    "Đã trả lời.", "15/UBND-ĐC", LocalDate.of(1, 1, 1), List.of()));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("documentDate"))
                    .isEqualTo(FieldError.of("validation.date.tooEarly", "01/01/1990")));
            assertThat(stateOf(IN_PROGRESS_LAND)).isEqualTo(PetitionState.IN_PROGRESS);
            assertThat(historyOf(IN_PROGRESS_LAND)).isEqualTo(history);
        }

        @Test
        @WithUserDetails("chutich")
        void a_letter_sent_before_1990_or_tomorrow_is_refused() {
            CommandResult old = escalations.escalate(new PetitionCommands.Escalate(RECEIVED, 0,
                    EscalationTarget.PARENT_UNIT, null, "12/BC-UBND", LocalDate.of(1989, 12, 31), null));
            assertThat(old).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("sentOn")
                    .messageKey()).isEqualTo("validation.date.tooEarly"));
            CommandResult tomorrow = escalations.escalate(new PetitionCommands.Escalate(RECEIVED, 0,
                    EscalationTarget.PARENT_UNIT, null, "12/BC-UBND", Today.date().plusDays(1), null));
            assertThat(tomorrow).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("sentOn")
                    .messageKey()).isEqualTo("validation.date.future"));
            assertThat(stateOf(RECEIVED)).isEqualTo(PetitionState.RECEIVED);
        }

        @Test
        @WithUserDetails("chutich")
        void an_instruction_of_zero_width_spaces_is_empty() {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND, FUTURE,
                    "\u200B\u200B\u200B"));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("instruction")
                    .messageKey()).isEqualTo("validation.required"));
        }

        @Test
        @WithUserDetails("chutich")
        void a_pasted_100000_characters_are_refused_whole_not_cut_and_saved() {
            CommandResult result = workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, LAND, FUTURE,
                    "Kiểm tra. ".repeat(10_000)));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get("instruction"))
                    .isEqualTo(FieldError.of("validation.tooLong", PetitionWorkflowService.NOTE_MAX, 99_999)));
            assertThat(stateOf(RECEIVED)).isEqualTo(PetitionState.RECEIVED);
        }
    }

    @Nested
    class AnswerOnTheSpot {

        /** Moves the demo petition's conference (12/10/2020) to {@code daysAgo} days before today, in this test only. */
        void conferenceHeld(int daysAgo) {
            dsl.update(CONFERENCE).set(CONFERENCE.HELD_ON, LocalDate.now(clock).minusDays(daysAgo))
                    .where(CONFERENCE.ID.eq(dsl.select(PETITION.CONFERENCE_ID).from(PETITION)
                            .where(PETITION.ID.eq(RECEIVED)))).execute();
        }

        @Test
        @WithUserDetails("bithu")
        void a_leader_answers_a_received_petition_on_the_spot_up_to_a_week_after_the_conference() {
            conferenceHeld(OnTheSpotWindow.DAYS_AFTER_CONFERENCE);
            assertThat(workflow.allowedTransitions(RECEIVED)).contains(Transition.ANSWER_ON_THE_SPOT);

            CommandResult result = workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(RECEIVED, 0,
                    "Phường sẽ nạo vét mương trong tháng này.", null));
            assertThat(result).isEqualTo(new Done(RECEIVED, PetitionState.ANSWERED, 1));
            assertThat(dsl.select(ANSWER.KIND).from(ANSWER).where(ANSWER.PETITION_ID.eq(RECEIVED)).fetchOne(ANSWER.KIND))
                    .isEqualTo(AnswerKind.ON_THE_SPOT);
        }

        @Test
        @WithUserDetails("bithu")
        void later_it_is_neither_offered_nor_accepted_and_the_refusal_names_the_conference_day() {
            conferenceHeld(OnTheSpotWindow.DAYS_AFTER_CONFERENCE + 1);
            String day = Formats.date(LocalDate.now(clock).minusDays(OnTheSpotWindow.DAYS_AFTER_CONFERENCE + 1));

            assertThat(workflow.allowedTransitions(RECEIVED)).doesNotContain(Transition.ANSWER_ON_THE_SPOT)
                    .contains(Transition.ASSIGN);
            assertThat(workflow.onTheSpotRefusal(RECEIVED))
                    .contains(Refused.of("workflow.refused.onTheSpotLate", day, 7));
            int history = historyOf(RECEIVED);
            assertRefused(workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(RECEIVED, 0,
                    "Phường sẽ nạo vét mương.", null)), "workflow.refused.onTheSpotLate", RECEIVED,
                    PetitionState.RECEIVED, history);
        }

        @Test
        @WithUserDetails("diachinh")
        void an_officer_cannot_even_see_an_unassigned_petition() {
            assertRefused(workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(RECEIVED, 0, "x", null)),
                    "petition.notFound", RECEIVED, PetitionState.RECEIVED, historyOf(RECEIVED));
            assertThat(workflow.onTheSpotRefusal(RECEIVED)).as("says nothing of a petition it may not see").isEmpty();
        }
    }

    @Nested
    class StartAndProgress {

        @Test
        @WithUserDetails("diachinh")
        void the_assigned_departments_officer_starts_work() {
            assertThat(workflow.start(new PetitionCommands.Start(ASSIGNED_LAND, 0)))
                    .isEqualTo(new Done(ASSIGNED_LAND, PetitionState.IN_PROGRESS, 1));
            assertThat(lastEvent(ASSIGNED_LAND)).isEqualTo(HistoryEvent.STARTED);
        }

        @Test
        @WithUserDetails("hatang")
        void another_departments_officer_does_not_find_the_petition() {
            assertRefused(workflow.start(new PetitionCommands.Start(ASSIGNED_LAND, 0)), "petition.notFound",
                    ASSIGNED_LAND, PetitionState.ASSIGNED, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_does_not_start_a_departments_work() {
            assertRefused(workflow.start(new PetitionCommands.Start(ASSIGNED_LAND, 0)), "workflow.refused.role",
                    ASSIGNED_LAND, PetitionState.ASSIGNED, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("diachinh")
        void a_progress_report_keeps_the_state_and_stores_a_checked_attachment() {
            byte[] pdf = "%PDF-1.4\n% biên bản\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            CommandResult result = workflow.reportProgress(new PetitionCommands.ReportProgress(IN_PROGRESS_LAND, 0,
                    "Đã hướng dẫn thêm tổ 5.", 50, List.of(StagedFiles.stage(staging, "bien-ban.pdf", pdf))));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, 1));
            var update = dsl.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .orderBy(PROGRESS_UPDATE.ID.desc()).limit(1).fetchOne();
            assertThat(update.getPercentComplete()).isEqualTo(50);
            var file = dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.PROGRESS_UPDATE_ID.eq(update.getId())).fetchOne();
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(file.getSizeBytes()).isEqualTo(pdf.length);
            assertThat(dsl.select(ATTACHMENT_CHUNK.DATA).from(ATTACHMENT_CHUNK)
                    .where(ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(file.getId())).fetchSingle(ATTACHMENT_CHUNK.DATA))
                    .isEqualTo(pdf);
        }

        @Test
        @WithUserDetails("diachinh")
        void a_percentage_over_100_is_refused() {
            CommandResult percent = workflow.reportProgress(new PetitionCommands.ReportProgress(IN_PROGRESS_LAND, 0,
                    "x", 150, List.of()));
            assertThat(percent).isInstanceOfSatisfying(Invalid.class, i ->
                    assertThat(i.errors()).containsOnlyKeys("percent"));
            assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(IN_PROGRESS_LAND))).isEqualTo(1);
        }
    }

    @Nested
    class AnswerEscalateReply {

        @Test
        @WithUserDetails("diachinh")
        void the_department_answers_its_petition() {
            CommandResult result = workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_LAND, 0,
                    "Đã tổ chức hướng dẫn tại 8 tổ dân phố.", "15/UBND-ĐC", Today.date(), List.of()));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.ANSWERED, 1));
            assertThat(dsl.select(ANSWER.KIND).from(ANSWER).where(ANSWER.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .fetchOne(ANSWER.KIND)).isEqualTo(AnswerKind.DEPARTMENT);
        }

        @Test
        @WithUserDetails("diachinh")
        void the_answer_carries_the_reply_document_which_only_those_who_see_the_petition_download() throws Exception {
            byte[] pdf = "%PDF-1.4\n% công văn trả lời\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            CommandResult result = workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_LAND, 0,
                    "Đã trả lời bằng văn bản.", "16/UBND-ĐC", Today.date(),
                    List.of(StagedFiles.stage(staging, "cong-van-16.pdf", pdf))));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_LAND, PetitionState.ANSWERED, 1));
            long answerId = dsl.select(ANSWER.ID).from(ANSWER).where(ANSWER.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .fetchSingle(ANSWER.ID);
            var file = dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ANSWER_ID.eq(answerId)).fetchSingle();
            assertThat(file.getProgressUpdateId()).isNull();
            assertThat(file.getFileName()).isEqualTo("cong-van-16.pdf");
            assertThat(dsl.select(PETITION_HISTORY.DETAILS).from(PETITION_HISTORY)
                    .where(PETITION_HISTORY.PETITION_ID.eq(IN_PROGRESS_LAND))
                    .orderBy(PETITION_HISTORY.ID.desc()).limit(1).fetchSingle(PETITION_HISTORY.DETAILS))
                    .endsWith("Đã trả lời bằng văn bản. (1 tệp đính kèm)");

            var details = petitions.findDetails(IN_PROGRESS_LAND).orElseThrow();
            assertThat(details.followUp().answers().getFirst().attachments()).singleElement()
                    .satisfies(ref -> assertThat(ref.fileName()).isEqualTo("cong-van-16.pdf"));
            try (var in = petitions.attachment(IN_PROGRESS_LAND, file.getId()).orElseThrow().open()) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
            assertThat(signIn.as("hatang", () -> petitions.attachment(IN_PROGRESS_LAND, file.getId())))
                    .as("another department").isEmpty();
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_may_answer_too() {
            assertThat(workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_URBAN, 0, "Trả lời.", null, null, List.of())))
                    .isEqualTo(new Done(IN_PROGRESS_URBAN, PetitionState.ANSWERED, 1));
        }

        @Test
        @WithUserDetails("diachinh")
        void an_assigned_petition_must_be_started_before_it_is_answered() {
            assertRefused(workflow.answer(new PetitionCommands.Answer(ASSIGNED_LAND, 0, "Trả lời.", null, null, List.of())),
                    "workflow.refused.state", ASSIGNED_LAND, PetitionState.ASSIGNED, historyOf(ASSIGNED_LAND));
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_escalates_to_the_parent_unit_and_the_deadline_clock_stops() {
            dsl.update(PETITION).set(PETITION.DEADLINE, Today.date().plusDays(12))
                    .where(PETITION.ID.eq(IN_PROGRESS_URBAN)).execute();
            CommandResult result = escalations.escalate(new PetitionCommands.Escalate(IN_PROGRESS_URBAN, 0,
                    EscalationTarget.PARENT_UNIT, null, "12/BC-UBND", Today.date(), "Vượt thẩm quyền."));
            assertThat(result).isEqualTo(new Done(IN_PROGRESS_URBAN, PetitionState.ESCALATED, 1));
            assertThat(dsl.select(ESCALATION.TARGET_UNIT_ID).from(ESCALATION)
                    .where(ESCALATION.PETITION_ID.eq(IN_PROGRESS_URBAN)).fetchOne(ESCALATION.TARGET_UNIT_ID))
                    .isEqualTo(new UnitId(2));
            assertThat(dsl.select(PETITION.PAUSED_DAYS_LEFT).from(PETITION).where(PETITION.ID.eq(IN_PROGRESS_URBAN))
                    .fetchOne(PETITION.PAUSED_DAYS_LEFT)).isEqualTo(12);
        }

        @Test
        @WithUserDetails("chutich")
        void escalating_to_an_agency_needs_its_name() {
            CommandResult result = escalations.escalate(new PetitionCommands.Escalate(RECEIVED, 0,
                    EscalationTarget.AGENCY, " ", "12/BC-UBND", Today.date(), null));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors())
                    .containsOnlyKeys("agencyName"));
        }

        @Test
        @WithUserDetails("diachinh")
        void an_officer_may_not_escalate() {
            assertRefused(escalations.escalate(new PetitionCommands.Escalate(IN_PROGRESS_LAND, 0,
                            EscalationTarget.PARENT_UNIT, null, "1", Today.date(), null)), "workflow.refused.role",
                    IN_PROGRESS_LAND, PetitionState.IN_PROGRESS, historyOf(IN_PROGRESS_LAND));
        }

        @Test
        @WithUserDetails("chutich")
        void the_higher_levels_reply_answers_an_escalated_petition_and_restarts_its_clock() {
            dsl.update(PETITION).set(PETITION.PAUSED_DAYS_LEFT, 5).where(PETITION.ID.eq(ESCALATED)).execute();
            CommandResult result = escalations.recordReply(new PetitionCommands.RecordReply(ESCALATED, 0,
                    "UBND quận đã phê duyệt phương án bồi thường.", "88/UBND-QLĐT", Today.date()));
            assertThat(result).isEqualTo(new Done(ESCALATED, PetitionState.ANSWERED, 1));
            var escalation = dsl.selectFrom(ESCALATION).where(ESCALATION.PETITION_ID.eq(ESCALATED)).fetchOne();
            assertThat(escalation.getReplyReference()).isEqualTo("88/UBND-QLĐT");
            assertThat(dsl.select(PETITION.DEADLINE).from(PETITION).where(PETITION.ID.eq(ESCALATED))
                    .fetchOne(PETITION.DEADLINE)).isEqualTo(Today.date().plusDays(5));
            assertThat(lastEvent(ESCALATED)).isEqualTo(HistoryEvent.HIGHER_LEVEL_REPLIED);
        }
    }

    @Nested
    class FrontReview {

        @Test
        @WithUserDetails("mattran")
        void the_front_accepts_an_answer_and_the_petition_is_resolved() {
            assertThat(workflow.accept(new PetitionCommands.Accept(ANSWERED_URBAN, 0)))
                    .isEqualTo(new Done(ANSWERED_URBAN, PetitionState.RESOLVED, 1));
            assertThat(dsl.select(REVIEW.VERDICT).from(REVIEW).where(REVIEW.PETITION_ID.eq(ANSWERED_URBAN))
                    .fetchOne(REVIEW.VERDICT)).isEqualTo(ReviewVerdict.ACCEPTED);
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_may_not_accept_on_the_fronts_behalf() {
            assertRefused(workflow.accept(new PetitionCommands.Accept(ANSWERED_URBAN, 0)), "workflow.refused.role",
                    ANSWERED_URBAN, PetitionState.ANSWERED, historyOf(ANSWERED_URBAN));
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_reviews_only_answered_petitions() {
            assertRefused(workflow.accept(new PetitionCommands.Accept(IN_PROGRESS_URBAN, 0)),
                    "workflow.refused.state", IN_PROGRESS_URBAN, PetitionState.IN_PROGRESS,
                    historyOf(IN_PROGRESS_URBAN));
        }

        @Test
        @WithUserDetails("mattran")
        void the_front_returns_an_answer_with_a_reason_and_a_new_deadline() {
            CommandResult result = workflow.returnAnswer(new PetitionCommands.Return(ANSWERED_URBAN, 0,
                    "Bãi đất vẫn còn rác.", FUTURE));
            assertThat(result).isEqualTo(new Done(ANSWERED_URBAN, PetitionState.IN_PROGRESS, 1));
            assertThat(dsl.select(PETITION.DEADLINE).from(PETITION).where(PETITION.ID.eq(ANSWERED_URBAN))
                    .fetchOne(PETITION.DEADLINE)).isEqualTo(FUTURE);
            assertThat(dsl.select(PETITION_HISTORY.DETAILS).from(PETITION_HISTORY)
                    .where(PETITION_HISTORY.PETITION_ID.eq(ANSWERED_URBAN))
                    .orderBy(PETITION_HISTORY.ID.desc()).limit(1).fetchOne(PETITION_HISTORY.DETAILS))
                    .as("one full stop after the reason").isEqualTo("Bãi đất vẫn còn rác. Hạn mới "
                            + Formats.date(FUTURE));
        }

        @Test
        @WithUserDetails("mattran")
        void a_return_needs_a_reason() {
            CommandResult result = workflow.returnAnswer(new PetitionCommands.Return(ANSWERED_URBAN, 0, "", FUTURE));
            assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors())
                    .containsOnlyKeys("reason"));
            assertThat(stateOf(ANSWERED_URBAN)).isEqualTo(PetitionState.ANSWERED);
        }

        @Test
        @WithUserDetails("mattran")
        void an_answer_given_on_the_spot_goes_back_to_the_leaders_when_returned() {
            assertThat(workflow.returnAnswer(new PetitionCommands.Return(ANSWERED_ON_THE_SPOT, 0, "Chưa rõ.", FUTURE)))
                    .isEqualTo(new Done(ANSWERED_ON_THE_SPOT, PetitionState.RECEIVED, 1));
        }

        @Test
        @WithUserDetails("chutich")
        void a_leader_sends_an_answer_back_to_the_department() {
            assertThat(workflow.sendBack(new PetitionCommands.SendBack(ANSWERED_URBAN, 0, "Bổ sung ảnh.", FUTURE)))
                    .isEqualTo(new Done(ANSWERED_URBAN, PetitionState.IN_PROGRESS, 1));
            assertThat(lastEvent(ANSWERED_URBAN)).isEqualTo(HistoryEvent.SENT_BACK);
        }

        @Test
        @WithUserDetails("chutich")
        void an_answer_without_a_department_cannot_be_sent_back_by_a_leader() {
            assertRefused(workflow.sendBack(new PetitionCommands.SendBack(ANSWERED_ON_THE_SPOT, 0, "x", FUTURE)),
                    "workflow.refused.role", ANSWERED_ON_THE_SPOT, PetitionState.ANSWERED,
                    historyOf(ANSWERED_ON_THE_SPOT));
        }

        @Test
        @WithUserDetails("hatang")
        void an_officer_may_not_send_back() {
            assertRefused(workflow.sendBack(new PetitionCommands.SendBack(ANSWERED_URBAN, 0, "x", FUTURE)),
                    "workflow.refused.role", ANSWERED_URBAN, PetitionState.ANSWERED, historyOf(ANSWERED_URBAN));
        }
    }

    @Test
    @WithUserDetails("diachinh")
    void allowed_transitions_follow_role_department_and_state() {
        assertThat(workflow.allowedTransitions(ASSIGNED_LAND)).containsExactly(Transition.START);
        assertThat(workflow.allowedTransitions(IN_PROGRESS_LAND))
                .containsExactlyInAnyOrder(Transition.REPORT_PROGRESS, Transition.ANSWER);
        assertThat(workflow.allowedTransitions(IN_PROGRESS_URBAN)).as("another department's").isEmpty();
    }

    @Test
    void every_transition_has_a_vietnamese_label() throws Exception {
        var bundle = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        Arrays.stream(Transition.values()).forEach(t -> assertThat(bundle.getString(t.labelKey())).isNotBlank());
    }
}
