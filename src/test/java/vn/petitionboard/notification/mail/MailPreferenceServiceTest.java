package vn.petitionboard.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.notification.mail.MailPreferenceService.MailPreference;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** Each signed-in user chooses for themselves, and only for themselves. */
@IntegrationTest
class MailPreferenceServiceTest {

    @Autowired
    TestWards wards;

    @Autowired
    MailPreferenceService preferences;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    Ward ward;

    @BeforeEach
    void ward() {
        ward = wards.create();
    }

    @Test
    void a_user_changes_their_own_choice_and_nobody_elses() throws Exception {
        assertThat(signIn.as(ward.landOfficer(), preferences::current))
                .isEqualTo(new MailPreference(MailDelivery.IMMEDIATE, false, true));

        signIn.as(ward.landOfficer(), () -> {
            preferences.choose(MailDelivery.DAILY_DIGEST);
            return null;
        });

        assertThat(deliveryOf(ward.landOfficer())).isEqualTo("DAILY_DIGEST");
        assertThat(deliveryOf(ward.urbanOfficer())).isEqualTo("IMMEDIATE");
        assertThat(deliveryOf(ward.chair())).isEqualTo("IMMEDIATE");
        assertThat(signIn.as(ward.landOfficer(), preferences::current).delivery()).isEqualTo(MailDelivery.DAILY_DIGEST);
    }

    @Test
    void nobody_signed_in_may_choose() {
        assertThatThrownBy(() -> preferences.choose(MailDelivery.OFF))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    String deliveryOf(String username) {
        return dsl.select(APP_USER.MAIL_DELIVERY).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.MAIL_DELIVERY);
    }
}
