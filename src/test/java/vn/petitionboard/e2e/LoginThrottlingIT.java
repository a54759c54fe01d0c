package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.signin.LoginThrottleService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Done-when (c): ten wrong passwords lock the account, the right one is then refused until the administrator unlocks
 * it (through the service: the users screen's button comes with user administration). A ward of the test's own.
 */
@IntegrationTest
class LoginThrottlingIT extends BrowserTest {

    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    LoginThrottleService throttle;

    @Test
    void ten_wrong_passwords_lock_the_account_and_the_right_one_is_refused_until_the_administrator_unlocks_it()
            throws Exception {
        Ward ward = wards.create();
        String admin = ward.admin();
        LoginPage login = LoginPage.open(driver, baseUrl());
        for (int i = 1; i <= 9; i++) {
            login = login.loginExpectingError(ward.clerk(), "sai-mat-khau-" + i);
            assertThat(login.errorTitle()).as("failure %d", i).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        }

        LoginPage locked = login.loginExpectingLocked(ward.clerk(), "sai-mat-khau-10");
        assertThat(locked.errorTitle()).isEqualTo("Tài khoản tạm thời bị khóa");
        assertThat(locked.errorMessage()).contains("khoảng 15 phút").contains("quản trị viên mở khóa");
        locked.screenshotsAtBothWidths("login-locked");

        LoginPage stillLocked = locked.loginExpectingLocked(ward.clerk(), TestWards.PASSWORD);
        assertThat(stillLocked.errorTitle()).as("the right password while locked")
                .isEqualTo("Tài khoản tạm thời bị khóa");

        UserId clerk = wards.idOf(ward.clerk());
        assertThat(signIn.as(admin, () -> throttle.lockedUntil(clerk))).isPresent();
        UsersPage users = LoginPage.open(driver, baseUrl()).loginAsAdmin(admin, TestWards.PASSWORD);
        assertThat(users.edit(ward.clerk()).unlock()).isEqualTo("Đã mở khóa; người dùng có thể đăng nhập lại ngay");
        assertThat(signIn.as(admin, () -> throttle.lockedUntil(clerk))).isEmpty();
        users.logout();

        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
        assertThat(board.userName()).isEqualTo("Văn thư Thử");
    }

    @Test
    void an_unknown_username_gets_the_same_message_as_a_wrong_password() {
        LoginPage refused = LoginPage.open(driver, baseUrl())
                .loginExpectingError("khong_co_ai_" + System.nanoTime(), "sai-mat-khau");

        assertThat(refused.errorTitle()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(refused.errorMessage()).isEqualTo("Vui lòng kiểm tra lại tên đăng nhập và mật khẩu rồi thử lại.");
    }
}
