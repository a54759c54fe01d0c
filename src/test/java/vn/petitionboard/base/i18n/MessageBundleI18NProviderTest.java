package vn.petitionboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.base.i18n.MessageBundleI18NProvider.ENGLISH;
import static vn.petitionboard.base.i18n.MessageBundleI18NProvider.VIETNAMESE;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Message arguments kept as text (a history entry's) are formatted as their pattern asks, in either language. */
class MessageBundleI18NProviderTest {

    private final MessageBundleI18NProvider messages = new MessageBundleI18NProvider();

    @Test
    void a_date_kept_as_iso_text_is_written_dd_mm_yyyy_and_typed_text_stays_as_typed() {
        String typed = "Kiểm tra {0} 'ngay', báo cáo";
        assertThat(messages.getTranslation("history.assigned", VIETNAMESE, "Địa chính – Xây dựng", "2027-01-12", typed))
                .isEqualTo("Giao Địa chính – Xây dựng, hạn 12/01/2027. Ý kiến chỉ đạo: " + typed);
        assertThat(messages.getTranslation("history.assigned", ENGLISH, "Địa chính – Xây dựng", "2027-01-12", typed))
                .isEqualTo("Assigned to Địa chính – Xây dựng, deadline 12/01/2027. Instruction: " + typed);
        assertThat(messages.getTranslation("history.assigned", ENGLISH, "Văn phòng", LocalDate.of(2027, 3, 1), "x"))
                .as("a LocalDate as well").isEqualTo("Assigned to Văn phòng, deadline 01/03/2027. Instruction: x");
    }

    @Test
    void a_count_kept_as_digits_chooses_the_words() {
        assertThat(messages.getTranslation("history.answered", VIETNAMESE, "Đã trả lời.", "0")).isEqualTo("Đã trả lời.");
        assertThat(messages.getTranslation("history.answered", VIETNAMESE, "Đã trả lời.", "2"))
                .isEqualTo("Đã trả lời. (2 tệp đính kèm)");
        assertThat(messages.getTranslation("history.answered", ENGLISH, "Answered.", "0")).isEqualTo("Answered.");
        assertThat(messages.getTranslation("history.answered", ENGLISH, "Answered.", "1"))
                .isEqualTo("Answered. (1 attachment)");
        assertThat(messages.getTranslation("history.answered", ENGLISH, "Answered.", "3"))
                .isEqualTo("Answered. (3 attachments)");
    }

    @Test
    void text_that_is_not_what_its_pattern_asks_for_is_shown_as_it_is() {
        assertThat(messages.getTranslation("history.extensionRequested", VIETNAMESE, "cuối tháng", "Chờ quận."))
                .isEqualTo("Đề nghị hạn mới cuối tháng. Lý do: Chờ quận.");
        assertThat(messages.getTranslation("history.answered", ENGLISH, "Answered.", "many"))
                .isEqualTo("Answered.many");
    }

    @Test
    void the_day_is_the_same_whatever_the_server_time_zone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Ho_Chi_Minh")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(messages.getTranslation("history.deadlineExtended.noPrevious", ENGLISH, "2027-01-12", "x"))
                        .as(zone).isEqualTo("Until 12/01/2027. Reason: x");
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void every_history_text_has_the_same_arguments_in_both_languages() throws IOException {
        // The files themselves: a bundle's keySet includes its parent's, so a key missing in English would not show.
        Properties vi = file("i18n/messages.properties");
        Properties en = file("i18n/messages_en.properties");
        List<String> keys = historyKeys(vi);
        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(historyKeys(en)).isEqualTo(keys);
        for (String key : keys) {
            assertThat(arguments(en.getProperty(key), ENGLISH)).as(key)
                    .isEqualTo(arguments(vi.getProperty(key), VIETNAMESE));
        }
    }

    private static List<String> historyKeys(Properties messages) {
        return messages.stringPropertyNames().stream().filter(k -> k.startsWith("history.")).sorted().toList();
    }

    /** Each argument's kind: text, date or number (choice counts as a number). */
    private static List<String> arguments(String pattern, Locale locale) {
        Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        return Arrays.stream(formats).map(f -> f == null ? "text"
                : f instanceof java.text.DateFormat ? "date" : "number").toList();
    }

    private static Properties file(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundleI18NProviderTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
