package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.petitionboard.base.db.OwnDatabase;
import vn.petitionboard.support.TestMailServer;

/**
 * Journey: a new ward installs the app without demo data. Whoever opens it first is sent to the first-run page, and
 * only the one who can read the server's log (the set-up code) can name the ward and choose the administrator's
 * password; then the page is gone for good and the administrator signs in with that password.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
// A new installation has no SMTP server configured yet: the users screen says mail is off.
@TestPropertySource(properties = TestMailServer.NO_MAIL_SERVER + "=true")
class FirstRunIT extends BrowserTest {

    private static final Pattern CODE_IN_LOG = Pattern.compile("\\b([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}\\b");
    private static final String PASSWORD = "bến xe Gia Lâm lúc năm giờ";

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.empty(registry, "firstrunjourney");
    }

    @Test
    void the_installer_with_the_code_from_the_log_sets_up_the_ward_and_signs_in_as_its_administrator(
            CapturedOutput output) {
        String code = codeFromLog(output);

        driver.get(baseUrl() + "/login");
        FirstRunPage setup = new FirstRunPage(driver, baseUrl());
        assertThat(setup.heading()).isEqualTo("Khởi tạo hệ thống");
        setup.screenshotsAtBothWidths("first-run");

        setup.fill("ABCD-EFGH-JKMN-PQRS", "Quận Long Biên", "Phường Thượng Thanh", "Nguyễn Thị Quản", PASSWORD);
        assertThat(setup.saveExpectingError(FirstRunPage.CODE)).startsWith("Mã khởi tạo không đúng");

        setup.fill(code, "Quận Long Biên", "Phường Thượng Thanh", "Nguyễn Thị Quản", "matkhau12345");
        assertThat(setup.saveExpectingError(FirstRunPage.PASSWORD)).isNotBlank();

        setup.fill(code, "Quận Long Biên", "Phường Thượng Thanh", "Nguyễn Thị Quản", PASSWORD);
        LoginPage login = setup.saveAndSignInNext();
        assertThat(login.notice()).contains("quantri");

        login.loginAsAdmin("quantri", PASSWORD);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Nguyễn Thị Quản");

        driver.get(baseUrl() + "/setup");
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.urlContains("/admin/users"));
        assertThat(new UsersPage(driver, baseUrl()).currentUrl()).doesNotContain("setup");
        assertThat(driver.findElement(By.id("mail-off-notice")).getText())
                .isEqualTo("Thư điện tử đang tắt (chưa cấu hình máy chủ SMTP)");
        Browser.forgetSession(driver);
        LoginPage.openExpectingLogin(driver, baseUrl(), "/setup");
    }

    private static String codeFromLog(CapturedOutput output) {
        Matcher matcher = CODE_IN_LOG.matcher(output.getOut());
        assertThat(matcher.find()).as("the set-up code printed at start-up").isTrue();
        return matcher.group();
    }
}
