package vn.petitionboard.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;

import java.text.Normalizer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/** Changing one's own password against the real database, as a user of a ward made for the test. */
@IntegrationTest
class AccountServiceTest {

    private static final String GOOD = "Sáng nay trời Hà Nội trong xanh";

    @Autowired
    AccountService accounts;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;

    private String clerk;

    @BeforeEach
    void newWard() {
        clerk = wards.create().clerk();
    }

    private PasswordChangeResult change(String current, String fresh, String confirmation) throws Exception {
        return signIn.as(clerk, () -> accounts.changePassword(new ChangePassword(current, fresh, confirmation)));
    }

    private PasswordChangeResult change(String current, String fresh) throws Exception {
        return change(current, fresh, fresh);
    }

    private String storedHash() {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(clerk))
                .fetchOne(APP_USER.PASSWORD_HASH);
    }

    private static void assertInvalid(PasswordChangeResult result, String field, FieldError error) {
        assertThat(result).isInstanceOfSatisfying(PasswordChangeResult.Invalid.class,
                invalid -> assertThat(invalid.errors()).containsEntry(field, error));
    }

    @Test
    void a_wrong_current_password_is_refused_and_nothing_changes() throws Exception {
        String before = storedHash();

        PasswordChangeResult result = change("sai-mat-khau", GOOD);

        assertInvalid(result, AccountService.CURRENT, FieldError.of("account.password.currentWrong"));
        assertThat(storedHash()).isEqualTo(before);
        assertThat(encoder.matches(TestWards.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void a_short_new_password_is_refused_with_its_length() throws Exception {
        assertInvalid(change(TestWards.PASSWORD, "ngắn quá 1"), AccountService.NEW,
                FieldError.of("account.password.tooShort", 12, 10));
        assertThat(encoder.matches(TestWards.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void a_common_password_is_refused() throws Exception {
        assertInvalid(change(TestWards.PASSWORD, "matkhau123456"), AccountService.NEW,
                FieldError.of("account.password.common"));
        assertThat(encoder.matches(TestWards.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void a_password_containing_the_username_is_refused() throws Exception {
        assertInvalid(change(TestWards.PASSWORD, "toi-la-" + clerk + "!"), AccountService.NEW,
                FieldError.of("account.password.personal"));
        assertThat(encoder.matches(TestWards.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void two_different_new_passwords_are_refused() throws Exception {
        assertInvalid(change(TestWards.PASSWORD, GOOD, GOOD + "!"), AccountService.CONFIRMATION,
                FieldError.of("account.password.mismatch"));
        assertThat(encoder.matches(TestWards.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void the_new_password_must_differ_from_the_current_one() throws Exception {
        assertThat(change(TestWards.PASSWORD, GOOD)).isInstanceOf(PasswordChangeResult.Changed.class);
        String hash = storedHash();

        assertInvalid(change(GOOD, GOOD), AccountService.NEW, FieldError.of("account.password.same"));
        assertThat(storedHash()).isEqualTo(hash);
    }

    @Test
    void after_a_change_the_new_password_matches_and_the_old_one_does_not() throws Exception {
        PasswordChangeResult result = change(TestWards.PASSWORD, GOOD);

        assertThat(result).isInstanceOf(PasswordChangeResult.Changed.class);
        String hash = storedHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches(GOOD, hash)).isTrue();
        assertThat(encoder.matches(TestWards.PASSWORD, hash)).isFalse();
    }

    @Test
    void a_vietnamese_password_typed_decomposed_is_stored_so_that_the_composed_one_matches() throws Exception {
        String decomposed = Normalizer.normalize(GOOD, Normalizer.Form.NFD);

        assertThat(change(TestWards.PASSWORD, decomposed, GOOD)).isInstanceOf(PasswordChangeResult.Changed.class);
        assertThat(encoder.matches(GOOD, storedHash())).isTrue();
    }

    @Test
    void nobody_signed_in_may_change_a_password() {
        assertThatThrownBy(() -> accounts.changePassword(new ChangePassword(TestWards.PASSWORD, GOOD, GOOD)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
