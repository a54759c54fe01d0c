package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.StagedFiles;
import vn.petitionboard.support.Today;

/**
 * Intake and the life cycle write their history as a key with arguments, and the Vietnamese details each wrote before
 * the keys, word for word; the same entry reads in English from the same row. Demo ward, rolled back after each test.
 */
@IntegrationTest
@Transactional
class HistoryWritersTest {

    static final PetitionId RECEIVED = PetitionWorkflowServiceTest.RECEIVED;
    static final PetitionId IN_PROGRESS_LAND = PetitionWorkflowServiceTest.IN_PROGRESS_LAND;
    static final PetitionId IN_PROGRESS_URBAN = PetitionWorkflowServiceTest.IN_PROGRESS_URBAN;
    static final PetitionId IN_PROGRESS_LAND_2019 = new PetitionId(5);   // KN-2019-005, returned by the Front
    static final PetitionId ESCALATED = PetitionWorkflowServiceTest.ESCALATED;
    static final PetitionId ESCALATED_TO_AGENCY = new PetitionId(15);    // KN-2020-009
    static final PetitionId ANSWERED_URBAN = PetitionWorkflowServiceTest.ANSWERED_URBAN;
    static final LocalDate FUTURE = PetitionWorkflowServiceTest.FUTURE;
    static final LocalDate DOCUMENT_DAY = Today.date().minusDays(2);

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    EscalationService escalations;

    @Autowired
    AttachmentStaging staging;

    @Autowired
    HistoryRows history;

    @Autowired
    DSLContext dsl;

    static String day(LocalDate date) {
        return Formats.date(date);
    }

    @Test
    @WithUserDetails("vanthu")
    void the_clerk_records_answers_on_the_spot_edits_and_adds_a_delegate() {
        CommandResult created = intake.capture(new IntakeCommands.Capture(new ConferenceId(2), new DomainId(4), null,
                "Đề nghị lắp đèn ngõ 12.", true, List.of(Requester.newDelegate("Phan Văn Mới", null, null, null)),
                true, "Phường sẽ lắp trong quý I.", "Hoàng Văn Lực – Chủ tịch UBND"));
        PetitionId id = ((CommandResult.Created) created).id();
        List<HistoryRows.Row> rows = history.newest(id, 2);
        history.written(rows.get(1)).is(HistoryEvent.RECEIVED, "history.received", List.of(),
                "Ghi nhận tại hội nghị", "Recorded at the conference");
        history.written(rows.get(0)).is(HistoryEvent.ANSWERED_ON_THE_SPOT, "history.answeredOnTheSpot",
                List.of("Hoàng Văn Lực – Chủ tịch UBND", "Phường sẽ lắp trong quý I."),
                "Trả lời tại hội nghị: Hoàng Văn Lực – Chủ tịch UBND. Phường sẽ lắp trong quý I.",
                "Answered at the conference by Hoàng Văn Lực – Chủ tịch UBND. Phường sẽ lắp trong quý I.");

        assertThat(intake.edit(new IntakeCommands.Edit(RECEIVED, 0, new DomainId(4), "Rác ở ngõ 143",
                "Đề nghị lắp thùng rác.", true)).isDone()).isTrue();
        history.last(RECEIVED).is(HistoryEvent.EDITED, "history.edited", List.of("Rác ở ngõ 143"),
                "Sửa nội dung: Rác ở ngõ 143", "Content edited: Rác ở ngõ 143");
        assertThat(intake.addRequester(new IntakeCommands.AddRequester(RECEIVED, 1,
                Requester.newDelegate("Lê Thị Hoa", null, "Tổ 5", null))).isDone()).isTrue();
        history.last(RECEIVED).is(HistoryEvent.REQUESTER_ADDED, "history.requesterAdded", List.of("Lê Thị Hoa"),
                "Thêm người kiến nghị: Lê Thị Hoa", "Delegate added: Lê Thị Hoa");
    }

    @Test
    @WithUserDetails("chutich")
    void a_leader_assigns() {
        assertThat(workflow.assign(new PetitionCommands.Assign(RECEIVED, 0, PetitionWorkflowServiceTest.LAND, FUTURE,
                "Kiểm tra, báo cáo UBND phường.")).isDone()).isTrue();
        history.last(RECEIVED).is(HistoryEvent.ASSIGNED, "history.assigned",
                List.of("Địa chính – Xây dựng", FUTURE.toString(), "Kiểm tra, báo cáo UBND phường."),
                "Giao Địa chính – Xây dựng, hạn " + day(FUTURE) + ". Ý kiến chỉ đạo: Kiểm tra, báo cáo UBND phường.",
                "Assigned to Địa chính – Xây dựng, deadline " + day(FUTURE)
                        + ". Instruction: Kiểm tra, báo cáo UBND phường.");
    }

    @Test
    @WithUserDetails("bithu")
    void a_leader_answers_on_the_spot_in_their_own_name() {
        // Within the week after the conference (OnTheSpotWindow): the demo's was in 2020.
        dsl.update(CONFERENCE).set(CONFERENCE.HELD_ON, Today.date()).where(CONFERENCE.ID.eq(new ConferenceId(2))).execute();
        assertThat(workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(RECEIVED, 0, "Đã giải thích.", null))
                .isDone()).isTrue();
        history.last(RECEIVED).is(HistoryEvent.ANSWERED_ON_THE_SPOT, "history.answeredOnTheSpot",
                List.of("Phạm Thị Minh Hồng", "Đã giải thích."), "Trả lời tại hội nghị: Phạm Thị Minh Hồng. Đã giải thích.",
                "Answered at the conference by Phạm Thị Minh Hồng. Đã giải thích.");
    }

    @Test
    @WithUserDetails("diachinh")
    void the_department_starts_without_words_reports_progress_with_files_and_answers_with_a_document() {
        assertThat(workflow.start(new PetitionCommands.Start(PetitionWorkflowServiceTest.ASSIGNED_LAND, 0)).isDone())
                .isTrue();
        history.last(PetitionWorkflowServiceTest.ASSIGNED_LAND).hasNoText(HistoryEvent.STARTED);

        assertThat(workflow.reportProgress(new PetitionCommands.ReportProgress(IN_PROGRESS_LAND, 0, "Đã đo đạc.", 40,
                List.of(pdf("a.pdf"), pdf("b.pdf")))).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.PROGRESS_REPORTED, "history.progressReported",
                List.of("40", "Đã đo đạc.", "2"), "40%: Đã đo đạc. (2 tệp đính kèm)", "40%: Đã đo đạc. (2 attachments)");

        assertThat(workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_LAND, 1, "Đã cấp GCN.", "16/UBND-ĐC",
                DOCUMENT_DAY, List.of(pdf("cv.pdf")))).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND).is(HistoryEvent.ANSWERED, "history.answered.documentDated",
                List.of("16/UBND-ĐC", DOCUMENT_DAY.toString(), "Đã cấp GCN.", "1"),
                "Văn bản 16/UBND-ĐC ngày " + day(DOCUMENT_DAY) + ". Đã cấp GCN. (1 tệp đính kèm)",
                "Document 16/UBND-ĐC of " + day(DOCUMENT_DAY) + ". Đã cấp GCN. (1 attachment)");

        assertThat(workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_LAND_2019, 0, "Đã đính chính.", "7/UBND",
                null, List.of())).isDone()).isTrue();
        history.last(IN_PROGRESS_LAND_2019).is(HistoryEvent.ANSWERED, "history.answered.document",
                List.of("7/UBND", "Đã đính chính.", "0"), "Văn bản 7/UBND. Đã đính chính.",
                "Document 7/UBND. Đã đính chính.");
    }

    @Test
    @WithUserDetails("chutich")
    void a_leader_answers_without_a_document_and_sends_an_answer_back() {
        assertThat(workflow.answer(new PetitionCommands.Answer(IN_PROGRESS_URBAN, 0, "Đã ra quân.", null, null,
                List.of())).isDone()).isTrue();
        history.last(IN_PROGRESS_URBAN).is(HistoryEvent.ANSWERED, "history.answered", List.of("Đã ra quân.", "0"),
                "Đã ra quân.", "Đã ra quân.");

        assertThat(workflow.sendBack(new PetitionCommands.SendBack(ANSWERED_URBAN, 0, "Chưa đủ!", FUTURE)).isDone())
                .isTrue();
        history.last(ANSWERED_URBAN).is(HistoryEvent.SENT_BACK, "history.sentBack", List.of("Chưa đủ!",
                FUTURE.toString()), "Chưa đủ! Hạn mới " + day(FUTURE), "Chưa đủ! New deadline " + day(FUTURE));
    }

    @Test
    @WithUserDetails("chutich")
    void a_leader_escalates_with_and_without_a_note_and_records_the_replies() {
        assertThat(escalations.escalate(new PetitionCommands.Escalate(IN_PROGRESS_URBAN, 0, EscalationTarget.PARENT_UNIT,
                null, "12/BC-UBND", DOCUMENT_DAY, null)).isDone()).isTrue();
        String districtCode = dsl.select(PETITION.CODE).from(ESCALATION)
                .join(PETITION).on(PETITION.ID.eq(ESCALATION.LINKED_PETITION_ID))
                .where(ESCALATION.PETITION_ID.eq(IN_PROGRESS_URBAN)).fetchSingle(PETITION.CODE);
        history.last(IN_PROGRESS_URBAN).is(HistoryEvent.ESCALATED, "history.escalatedInSystem",
                List.of("Quận Long Biên", districtCode),
                "Chuyển lên Quận Long Biên qua hệ thống, thành kiến nghị " + districtCode + " của Quận Long Biên",
                "Escalated to Quận Long Biên in the system, as Quận Long Biên's petition " + districtCode);

        assertThat(escalations.escalate(new PetitionCommands.Escalate(RECEIVED, 0, EscalationTarget.AGENCY,
                "Sở Tài nguyên và Môi trường", "13/UBND", DOCUMENT_DAY, "Vượt thẩm quyền.")).isDone()).isTrue();
        history.last(RECEIVED).is(HistoryEvent.ESCALATED, "history.escalated.note",
                List.of("Sở Tài nguyên và Môi trường", "13/UBND", DOCUMENT_DAY.toString(), "Vượt thẩm quyền."),
                "Chuyển Sở Tài nguyên và Môi trường, văn bản 13/UBND ngày " + day(DOCUMENT_DAY) + ". Vượt thẩm quyền.",
                "Sent to Sở Tài nguyên và Môi trường, document 13/UBND of " + day(DOCUMENT_DAY)
                        + ". Vượt thẩm quyền.");

        assertThat(escalations.recordReply(new PetitionCommands.RecordReply(ESCALATED, 0, "Quận đã bố trí vốn.",
                "88/UBND-QLĐT", DOCUMENT_DAY)).isDone()).isTrue();
        history.last(ESCALATED).is(HistoryEvent.HIGHER_LEVEL_REPLIED, "history.higherLevelReplied.document",
                List.of("88/UBND-QLĐT", "Quận đã bố trí vốn."), "Văn bản 88/UBND-QLĐT. Quận đã bố trí vốn.",
                "Document 88/UBND-QLĐT. Quận đã bố trí vốn.");
        assertThat(escalations.recordReply(new PetitionCommands.RecordReply(ESCALATED_TO_AGENCY, 0, "Ban đã trả lời.",
                null, DOCUMENT_DAY)).isDone()).isTrue();
        history.last(ESCALATED_TO_AGENCY).is(HistoryEvent.HIGHER_LEVEL_REPLIED, "history.higherLevelReplied",
                List.of("Ban đã trả lời."), "Ban đã trả lời.", "Ban đã trả lời.");
    }

    @Test
    @WithUserDetails("mattran")
    void the_front_returns_an_answer_with_one_full_stop_and_accepts_one_without_words() {
        assertThat(workflow.returnAnswer(new PetitionCommands.Return(ANSWERED_URBAN, 0, "  Bãi đất vẫn còn rác ",
                FUTURE)).isDone()).isTrue();
        history.last(ANSWERED_URBAN).is(HistoryEvent.REVIEW_RETURNED, "history.reviewReturned",
                List.of("Bãi đất vẫn còn rác.", FUTURE.toString()), "Bãi đất vẫn còn rác. Hạn mới " + day(FUTURE),
                "Bãi đất vẫn còn rác. New deadline " + day(FUTURE));

        assertThat(workflow.accept(new PetitionCommands.Accept(new PetitionId(6), 0)).isDone()).isTrue();
        history.last(new PetitionId(6)).hasNoText(HistoryEvent.REVIEW_ACCEPTED);
    }

    private vn.petitionboard.petition.attachment.ReceivedFile pdf(String name) {
        return StagedFiles.stage(staging, name, "%PDF-1.4\n% tệp\n".getBytes(StandardCharsets.UTF_8));
    }
}
