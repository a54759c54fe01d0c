package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** A user chooses how notifications reach them by mail, from the header (a ward of the test's own). */
@IntegrationTest
class MailPreferenceIT extends BrowserTest {

    @Autowired
    TestWards wards;

    @Autowired
    DSLContext dsl;

    @Test
    void an_officer_chooses_the_daily_summary_and_it_is_kept() {
        Ward ward = wards.create();
        LoginPage.open(driver, baseUrl()).loginAs(ward.landOfficer(), TestWards.PASSWORD);

        MailPreferencePage dialog = MailPreferencePage.open(driver, baseUrl());
        assertThat(dialog.chosen()).isEqualTo("Ngay khi có, mỗi thông báo một thư");
        assertThat(dialog.noAddressNoticeShown()).as("the test ward's users have no address").isTrue();
        assertThat(dialog.saveLabel()).isEqualTo("Lưu");
        dialog.screenshotsAtBothWidths("mail-preference-dialog");
        assertThat(dialog.choose("Một thư tóm tắt mỗi ngày").save()).isEqualTo("Đã lưu cách nhận thông báo qua thư");

        assertThat(dsl.select(APP_USER.MAIL_DELIVERY).from(APP_USER).where(APP_USER.USERNAME.eq(ward.landOfficer()))
                .fetchSingle(APP_USER.MAIL_DELIVERY)).isEqualTo("DAILY_DIGEST");
        assertThat(MailPreferencePage.open(driver, baseUrl()).chosen()).isEqualTo("Một thư tóm tắt mỗi ngày");
    }
}
