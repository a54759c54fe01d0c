package vn.petitionboard.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.base.text.InputCheck;

/** The password rules alone: length in NFC code points, the common list, the user's own names. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Map<String, FieldError> check(String password) {
        InputCheck check = new InputCheck();
        policy.check(check, "p", password, "vanthu_ab12", "Phạm Thị Minh Hồng");
        return check.errors();
    }

    @Test
    void a_twelve_letter_vietnamese_phrase_with_spaces_is_enough_even_typed_decomposed() {
        String phrase = "Hồ Gươm xanh"; // 12 code points in NFC
        String decomposed = Normalizer.normalize(phrase, Normalizer.Form.NFD);
        assertThat(decomposed.codePointCount(0, decomposed.length())).isGreaterThan(12);

        assertThat(check(phrase)).isEmpty();
        assertThat(check(decomposed)).isEmpty();
        assertThat(check("Hồ Gươm xan")).containsEntry("p", FieldError.of("account.password.tooShort", 12, 11));
    }

    @Test
    void eleven_characters_made_of_thirteen_decomposed_code_points_are_too_short() {
        String elevenNfc = Normalizer.normalize("Hồ Gươm xan", Normalizer.Form.NFD);
        assertThat(check(elevenNfc)).containsEntry("p", FieldError.of("account.password.tooShort", 12, 11));
    }

    @Test
    void at_most_128_characters_and_no_composition_rules() {
        assertThat(check("a".repeat(60) + "b".repeat(68))).isEmpty();
        assertThat(check("a".repeat(60) + "b".repeat(69))).containsEntry("p",
                FieldError.of("validation.tooLong", 128, 129));
        assertThat(check("tàu lửa chạy qua cầu long biên")).as("lower case, no digits").isEmpty();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        for (String common : new String[] {"123456789012", "Password1234", "qwertyuiop12", "matkhau123456",
                "admin@123456", "ANHYEUEM2020", "1q2w3e4r5t6y"}) {
            assertThat(check(common)).as(common).containsEntry("p", FieldError.of("account.password.common"));
        }
        assertThat(policy.commonCount()).isGreaterThan(1000);
    }

    @Test
    void the_users_own_names_and_the_apps_name_are_refused() {
        assertThat(check("VANTHU_AB12-2026")).containsEntry("p", FieldError.of("account.password.personal"));
        assertThat(check("phạm thị minh hồng!")).containsEntry("p", FieldError.of("account.password.personal"));
        assertThat(check("PhạmThịMinhHồng99")).containsEntry("p", FieldError.of("account.password.personal"));
        assertThat(check("my petitionboard 1")).containsEntry("p", FieldError.of("account.password.personal"));
        assertThat(check("Petition Board đẹp")).containsEntry("p", FieldError.of("account.password.personal"));
    }

    @Test
    void an_empty_password_is_required() {
        assertThat(check("")).containsEntry("p", FieldError.of("validation.required"));
        assertThat(check(null)).containsEntry("p", FieldError.of("validation.required"));
    }
}
