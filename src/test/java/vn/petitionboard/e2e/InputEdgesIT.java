package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.Today;

/**
 * The slips of a busy office, typed in Chromium: a paste far over a field's limit is kept whole and marked, never cut
 * and saved; a deadline of 31/12/9999, a letter dated 01/01/0001 and 31/02/2026 are marked at their picker and stop
 * the save, which writes nothing and keeps what was typed.
 */
class InputEdgesIT extends BrowserTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final String LAND_DEPARTMENT = "Địa chính – Xây dựng";

    @Autowired
    TestWards wards;

    @Autowired
    SignIn signIn;

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    DSLContext dsl;

    private CommandResult.Created receivedPetition(TestWards.Ward ward) throws Exception {
        return (CommandResult.Created) signIn.as(ward.clerk(), () -> intake.capture(new IntakeCommands.Capture(
                ward.conference(), ENVIRONMENT, "Cống thoát nước ngõ 3", "Đề nghị nạo vét cống ngõ 3 trước mùa mưa.",
                true, List.of(IntakeCommands.Requester.newDelegate("Đỗ Thị Hoa", null, "Tổ 3", null)), false, null,
                null)));
    }

    private int historyOf(CommandResult.Created petition) {
        return dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition.id()));
    }

    @Test
    void a_paste_over_the_limit_is_kept_whole_and_marked_and_a_deadline_in_9999_stops_the_save() throws Exception {
        TestWards.Ward ward = wards.create();
        CommandResult.Created petition = receivedPetition(ward);
        int history = historyOf(petition);
        LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        String pasted = "Kiểm tra hiện trạng cống, báo cáo UBND phường. ".repeat(2_128); // 100,016 characters

        TransitionDialog<PetitionPage> dialog = PetitionPage.open(driver, baseUrl(), petition.id().value())
                .act("ASSIGN")
                .select("field-department", LAND_DEPARTMENT)
                .paste("field-instruction", pasted)
                .dateText("field-deadline", "31/12/9999");

        assertThat(dialog.value("field-instruction")).as("not cut by the browser").hasSize(pasted.length());
        assertThat(dialog.fieldInvalid("field-instruction")).isTrue();
        assertThat(dialog.fieldError("field-instruction")).isEqualTo("Tối đa 2.000 ký tự (hiện có 100.016)");
        assertThat(dialog.fieldInvalid("field-deadline")).isTrue();
        assertThat(dialog.fieldError("field-deadline")).isEqualTo("Ngày quá xa trong tương lai");

        dialog.confirmExpectingProblem();
        assertThat(dialog.problem()).isEqualTo("Vui lòng sửa các ô được đánh dấu.");
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.value("field-instruction")).as("what was pasted stays").hasSize(pasted.length());
        assertThat(dialog.fieldError("field-instruction")).as("still marked after the try")
                .isEqualTo("Tối đa 2.000 ký tự (hiện có 100.016)");
        assertThat(historyOf(petition)).as("nothing saved").isEqualTo(history);
        dialog.screenshot("input-edges-paste-and-deadline");

        // Shortened and with a sane deadline, the same dialog saves.
        dialog.paste("field-instruction", "Kiểm tra hiện trạng cống, báo cáo UBND phường.")
                .date("field-deadline", Today.date().plusDays(20));
        assertThat(dialog.fieldInvalid("field-instruction")).as("the length mark goes with the excess").isFalse();
        dialog.confirm().waitForState("Đã giao");
        assertThat(historyOf(petition)).isEqualTo(history + 1);
    }

    @Test
    void a_letter_dated_01_01_0001_or_31_02_is_marked_as_such_and_nothing_is_sent() throws Exception {
        TestWards.Ward ward = wards.create();
        CommandResult.Created petition = receivedPetition(ward);
        int history = historyOf(petition);
        LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);

        TransitionDialog<PetitionPage> dialog = PetitionPage.open(driver, baseUrl(), petition.id().value())
                .act("ESCALATE")
                .choose("field-target", "Cơ quan khác")
                .type("field-agencyName", "Sở Tài nguyên và Môi trường")
                .type("field-referenceNumber", "12/BC-UBND")
                .dateText("field-sentOn", "01/01/0001");
        dialog.confirmExpectingProblem();
        assertThat(dialog.fieldError("field-sentOn")).as("a year the picker does not take")
                .isEqualTo("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 12/10/2020");

        dialog.dateText("field-sentOn", "31/12/1989").confirmExpectingProblem();
        assertThat(dialog.fieldError("field-sentOn")).isEqualTo("Ngày quá xa trong quá khứ");

        dialog.dateText("field-sentOn", "31/02/2026").confirmExpectingProblem();
        assertThat(dialog.fieldError("field-sentOn"))
                .isEqualTo("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 12/10/2020");
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.value("field-referenceNumber")).isEqualTo("12/BC-UBND");
        assertThat(historyOf(petition)).as("nothing sent").isEqualTo(history);
        dialog.screenshot("input-edges-letter-date");
    }
}
