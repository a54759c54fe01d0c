package vn.petitionboard.security.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Before and after as the audit screen shows them. */
class AuditChangeTextTest {

    @Test
    void only_the_values_that_changed_are_shown() {
        assertThat(AuditChangeText.of("{\"fullName\":\"Lê Văn A\",\"enabled\":true}",
                "{\"fullName\":\"Lê Văn A\",\"enabled\":false}")).isEqualTo("enabled: true → false");
    }

    @Test
    void a_missing_side_shows_every_value_against_a_dash() {
        assertThat(AuditChangeText.of(null, "{\"username\":\"vanthu2\"}")).isEqualTo("username: – → vanthu2");
        assertThat(AuditChangeText.of("{\"failures\":10,\"lockedUntil\":null}", "{\"failures\":0}"))
                .isEqualTo("failures: 10 → 0");
    }

    @Test
    void nothing_stored_shows_nothing_and_broken_text_is_shown_as_it_is() {
        assertThat(AuditChangeText.of(null, null)).isEmpty();
        assertThat(AuditChangeText.of("not json", null)).isEqualTo("?: not json → –");
    }
}
