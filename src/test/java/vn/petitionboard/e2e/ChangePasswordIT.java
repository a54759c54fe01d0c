package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.e2e.PasswordDialog.CONFIRMATION;
import static vn.petitionboard.e2e.PasswordDialog.CURRENT;
import static vn.petitionboard.e2e.PasswordDialog.NEW;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** A signed-in user changes their own password from the header (a ward of the test's own: never a demo user). */
@IntegrationTest
class ChangePasswordIT extends BrowserTest {

    private static final String NEW_PASSWORD = "Cây đa đầu làng năm 2026";

    @Autowired
    TestWards wards;

    @Test
    void a_user_corrects_a_refused_password_then_logs_in_with_the_new_one_and_not_the_old() {
        Ward ward = wards.create();
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);

        PasswordDialog dialog = board.openChangePassword();
        assertThat(dialog.title()).isEqualTo("Đổi mật khẩu");
        dialog.fill(TestWards.PASSWORD, "matkhau123456", "matkhau123456").saveExpectingErrors();

        assertThat(dialog.invalid(NEW)).isTrue();
        assertThat(dialog.error(NEW)).isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác");
        assertThat(dialog.invalid(CURRENT)).as("the current password was right").isFalse();
        assertThat(dialog.value(CURRENT)).as("what was typed is kept").isEqualTo(TestWards.PASSWORD);
        assertThat(dialog.value(NEW)).isEqualTo("matkhau123456");
        assertThat(dialog.value(CONFIRMATION)).isEqualTo("matkhau123456");
        dialog.screenshotsAtBothWidths("password-dialog-error");

        dialog.fill(TestWards.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(dialog.saveExpectingSuccess()).isEqualTo("Đã đổi mật khẩu");

        LoginPage login = board.logout();
        LoginPage refused = login.loginExpectingError(ward.clerk(), TestWards.PASSWORD);
        assertThat(refused.errorShown()).as("the old password no longer logs in").isTrue();
        BoardPage again = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), NEW_PASSWORD);
        assertThat(again.userName()).isEqualTo("Văn thư Thử");
    }

    @Test
    void on_a_phone_the_user_card_opens_the_dialog_and_a_wrong_current_password_is_named() {
        Ward ward = wards.create();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
            PasswordDialog dialog = board.openChangePassword();
            dialog.fill("sai-mat-khau", NEW_PASSWORD, NEW_PASSWORD).saveExpectingErrors();

            assertThat(dialog.error(CURRENT)).isEqualTo("Mật khẩu hiện tại không đúng");
            assertThat(dialog.invalid(NEW)).isFalse();
            dialog.screenshot("password-dialog-phone-wrong-current-390");
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 1000));
        }
    }
}
