package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * Issue 13's journey across units, in Chromium: a ward chair escalates a petition to the district in the system; the
 * district chair finds it in the district's "Mới tiếp nhận" column and assigns it to a district department; the
 * district officer starts and answers it; the ward's card is then in "Đã trả lời" with the district's answer, and the
 * ward's Front accepts it. Neither unit can open the other's petition by its URL.
 */
class EscalationJourneyIT extends BrowserTest {

    private static final String TITLE = "Bồi thường GPMB dự án đường 40 m qua tổ 20";
    private static final String NOTE = "Đơn giá bồi thường do quận quyết định.";
    private static final String INSTRUCTION = "Phòng TNMT rà soát đơn giá, tham mưu trả lời trước hạn.";
    private static final String ANSWER = "Quận đã phê duyệt phương án bồi thường bổ sung cho các hộ tổ 20.";

    @Autowired
    private TestWards wards;

    @Autowired
    private TestPetitions petitions;

    @Test
    void a_ward_escalates_to_the_district_which_answers_and_the_wards_front_accepts() throws Exception {
        District district = wards.createDistrict();
        Ward ward = wards.create(district.unit());
        TestPetitions.Captured petition = petitions.inProgress(ward, TITLE);
        String wardName = "Phường Thử nghiệm " + ward.suffix();
        String districtName = "Quận Thử nghiệm " + district.suffix();

        // The ward chair drags the card to "Chuyển cấp trên": the district in the system is proposed, no number asked.
        BoardPage board = signInAs(ward.chair());
        TransitionDialog<BoardPage> escalate = board.pickUp(petition.code()).dropOn("ESCALATED", "ESCALATE");
        assertThat(escalate.checkedOption("field-target")).isEqualTo("Cấp trên trực tiếp (" + districtName + ")");
        assertThat(driver.findElement(By.id("escalation-in-system")).getText())
                .startsWith("Kiến nghị sẽ được chuyển đến " + districtName + " ngay trong hệ thống");
        escalate.type("field-note", NOTE);
        escalate.screenshotsAtBothWidths("escalation-01-ward-chair-dialog");
        board = escalate.confirm();
        assertThat(board.columnOf(petition.code())).isEqualTo("ESCALATED");
        PetitionPage wardPage = board.openCard(petition.code());
        String districtCode = wardPage.section("followup-escalations")
                .replaceAll("(?s).*là kiến nghị (KN-\\d{4}-\\d{3}).*", "$1");
        assertThat(districtCode).matches("KN-\\d{4}-\\d{3}");
        assertThat(wardPage.actions()).as("the reply comes by itself").doesNotContain("RECORD_REPLY");
        long wardId = wardPage.id();

        // The district chair finds it in the district's RECEIVED column, with where it came from, and assigns it.
        board = signInAs(district.chair());
        assertThat(board.columnCodes("RECEIVED")).contains(districtCode);
        PetitionPage districtPage = board.openCard(districtCode);
        long districtId = districtPage.id();
        assertThat(districtPage.title()).isEqualTo(TITLE);
        assertThat(districtPage.section("followup-origin"))
                .contains(wardName + " chuyển lên qua hệ thống (kiến nghị " + petition.code() + " của " + wardName + ")")
                .contains(NOTE);
        districtPage.screenshotsAtBothWidths("escalation-02-district-chair-details");
        board = districtPage.backToBoard();
        board.pickUp(districtCode).dropOn("ASSIGNED", "ASSIGN")
                .select("field-department", "Phòng Tài nguyên và Môi trường")
                .date("field-deadline", Today.date().plusDays(10))
                .type("field-instruction", INSTRUCTION)
                .confirm();

        // The district officer starts and answers.
        board = signInAs(district.officer());
        board = board.pickUp(districtCode).dropOn("IN_PROGRESS", "START").confirm();
        board.openCard(districtCode).act("ANSWER")
                .type("field-content", ANSWER)
                .type("field-documentNumber", "2150/UBND-TNMT")
                .confirm()
                .waitForState("Đã trả lời");

        // The district's conference report lists what its wards escalated, with where each came from.
        signInAs(district.chair());
        ReportPage report = ReportPage.open(driver, baseUrl());
        assertThat(report.rowCodes()).contains(districtCode);
        assertThat(report.rowStates()).containsEntry(districtCode, "ANSWERED");
        report.screenshotsAtBothWidths("escalation-04-district-report");

        // Back at the ward: the card is answered with the district's words; the Front accepts it.
        board = signInAs(ward.front());
        assertThat(board.columnOf(petition.code())).isEqualTo("ANSWERED");
        wardPage = board.openCard(petition.code());
        assertThat(wardPage.section("followup-answers")).contains(ANSWER).contains("2150/UBND-TNMT");
        assertThat(wardPage.historyEvents()).endsWith("ESCALATED", "HIGHER_LEVEL_REPLIED");
        assertThat(String.join("\n", wardPage.historyDetails()))
                .contains(districtName + " trả lời qua hệ thống (kiến nghị " + districtCode + " của " + districtName);
        wardPage.screenshotsAtBothWidths("escalation-03-ward-front-details-answered");
        wardPage = wardPage.act("ACCEPT").confirm().waitForState("Đã giải quyết");

        // Each unit still sees only its own petition of the two.
        assertThat(NotFoundPage.openPetition(driver, baseUrl(), districtId).title()).as("ward Front, district's id")
                .isEqualTo("Không tìm thấy kiến nghị");
        signInAs(district.officer());
        assertThat(NotFoundPage.openPetition(driver, baseUrl(), wardId).title()).as("district officer, ward's id")
                .isEqualTo("Không tìm thấy kiến nghị");
        signInAs(district.chair());
        assertThat(NotFoundPage.openPetition(driver, baseUrl(), wardId).title()).as("district chair, ward's id")
                .isEqualTo("Không tìm thấy kiến nghị");
    }

    private BoardPage signInAs(String username) {
        Browser.forgetSession(driver);
        return LoginPage.open(driver, baseUrl()).loginAs(username, TestWards.PASSWORD);
    }
}
