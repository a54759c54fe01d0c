package vn.petitionboard.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit screen names every action in both languages: a new constant without its label fails here. */
class AuditActionLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_en.properties"})
    void every_action_has_a_label(String bundle) throws IOException {
        Properties messages = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(messages.getProperty(action.labelKey())).as(action.labelKey()).isNotBlank();
        }
    }
}
