package vn.petitionboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import static vn.petitionboard.jooq.Tables.ESCALATION;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.EscalationService;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Issue 13: the district's conference report includes what its wards escalated to it in the system, with where each
 * came from and what became of it; a ward's report does not list the district's copies of its petitions.
 */
@IntegrationTest
class LowerUnitReportTest {

    @Autowired
    ConferenceReportService reports;

    @Autowired
    EscalationService escalations;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    DSLContext dsl;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    SignIn signIn;

    @Test
    void the_districts_report_has_a_section_for_what_its_wards_escalated() throws Exception {
        District district = wards.createDistrict();
        Ward ward = wards.create(district.unit());
        TestPetitions.Captured escalated = petitions.received(ward, "Thoát nước khu tái định cư");
        TestPetitions.Captured kept = petitions.received(ward, "Sửa đèn ngõ 3");
        TestPetitions.Captured answered = petitions.received(ward, "Đèn tín hiệu nút giao");
        for (TestPetitions.Captured up : List.of(escalated, answered)) {
            CommandResult done = signIn.as(ward.chair(), () -> escalations.escalate(new PetitionCommands.Escalate(
                    up.id(), 0, EscalationTarget.PARENT_UNIT, null, null, null, null)));
            assertThat(done.isDone()).isTrue();
        }
        // The district answers the second one itself and its Front accepts: resolved at the district.
        PetitionId copy = dsl.select(ESCALATION.LINKED_PETITION_ID).from(ESCALATION)
                .where(ESCALATION.PETITION_ID.eq(answered.id())).fetchSingle(ESCALATION.LINKED_PETITION_ID);
        assertThat(signIn.as(district.chair(), () -> workflow.assign(new PetitionCommands.Assign(copy, 0,
                district.department(), reports.today().plusDays(10), "Tham mưu trả lời."))).isDone()).isTrue();
        assertThat(signIn.as(district.officer(), () -> workflow.start(new PetitionCommands.Start(copy, 1))).isDone())
                .isTrue();
        assertThat(signIn.as(district.officer(), () -> workflow.answer(new PetitionCommands.Answer(copy, 2,
                "Quận đã lắp đèn tín hiệu.", null, null, List.of()))).isDone()).isTrue();
        assertThat(signIn.as(district.front(), () -> workflow.accept(new PetitionCommands.Accept(copy, 3))).isDone())
                .isTrue();

        ConferenceReport districtReport = signIn.as(district.chair(),
                () -> reports.report(district.conference(), reports.today()).orElseThrow());

        assertThat(districtReport.conferenceRows()).isEmpty();
        assertThat(districtReport.lowerUnitRows()).extracting(ReportRow::title, ReportRow::state, ReportRow::origin)
                .containsExactly(tuple("Thoát nước khu tái định cư", PetitionState.RECEIVED,
                                "Phường Thử nghiệm " + ward.suffix() + " – " + escalated.code()),
                        tuple("Đèn tín hiệu nút giao", PetitionState.RESOLVED,
                                "Phường Thử nghiệm " + ward.suffix() + " – " + answered.code()));
        assertThat(ReportWording.fromLowerUnit("Nguyễn Văn Bình", districtReport.lowerUnitRows().getFirst().origin()))
                .isEqualTo("Nguyễn Văn Bình; chuyển lên từ Phường Thử nghiệm " + ward.suffix() + " – "
                        + escalated.code());

        ConferenceReport wardReport = signIn.as(ward.chair(),
                () -> reports.report(ward.conference(), reports.today()).orElseThrow());
        assertThat(wardReport.lowerUnitRows()).isEmpty();
        assertThat(wardReport.conferenceRows()).extracting(ReportRow::code, ReportRow::state).containsExactly(
                tuple(escalated.code(), PetitionState.ESCALATED), tuple(kept.code(), PetitionState.RECEIVED),
                tuple(answered.code(), PetitionState.ANSWERED));
        byte[] docx = signIn.as(district.chair(), () -> reports.docx(district.conference(), reports.today()))
                .orElseThrow();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("Kiến nghị cấp dưới chuyển lên (2)")
                    .contains("Các đơn vị cấp dưới đã chuyển lên 2 kiến nghị qua hệ thống");
        }
    }
}
