package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** The administrator reads the sign-ins of their ward in the audit log and narrows them by action and name. */
@IntegrationTest
class AuditLogIT extends BrowserTest {

    @Autowired
    TestWards wards;

    @Test
    void the_administrator_sees_the_wards_sign_ins_and_filters_them_by_action() {
        Ward ward = wards.create();
        String admin = ward.admin();
        LoginPage.open(driver, baseUrl()).loginExpectingError(ward.clerk(), "sai-mat-khau");
        LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD).logout();
        LoginPage.open(driver, baseUrl()).loginAsAdmin(admin, TestWards.PASSWORD);

        AuditLogPage audit = AuditLogPage.open(driver, baseUrl()).filterByText(ward.suffix());
        assertThat(audit.cellTexts()).contains(ward.clerk(), admin, "Đăng nhập thất bại", "Đăng nhập thành công");
        // The browser's address (127.0.0.1 or ::1, as Chromium connects) is checked by SignInThrottlingTest.
        audit.screenshotsAtBothWidths("audit-log");

        audit.filterByAction("Đăng nhập thất bại");
        assertThat(audit.cellTexts()).contains(ward.clerk(), "Đăng nhập thất bại")
                .doesNotContain("Đăng nhập thành công", admin);

        audit.filterByText("khong-co-ai-" + ward.suffix());
        assertThat(audit.emptyText()).isEqualTo("Không có mục nào trong nhật ký khớp với bộ lọc.");
    }
}
