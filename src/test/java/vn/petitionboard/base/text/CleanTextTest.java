package vn.petitionboard.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @ParameterizedTest(name = "[{index}] invisible-only input is empty")
    @ValueSource(strings = {
            "\u200B\u200B\u200B",          // zero-width spaces
            " \u200B\t\u2060\uFEFF ",     // zero-width, word joiner, byte-order mark between spaces
            "\u00A0\u00A0",                // no-break spaces
            "\u3000\u2003",                // ideographic and em spaces
            "\u200C\u200D",                // zero-width non-joiner and joiner alone
            "\u3164\u115F",                // Hangul fillers, drawn blank
            "\u2800",                      // blank Braille pattern
            "\u202E\u202D\u2066",          // bidi controls alone
            "\n\r\n\u0007"})
    void invisibleOnlyTextIsEmpty(String raw) {
        assertThat(CleanText.of(raw)).isNull();
        InputCheck check = new InputCheck();
        check.required("title", raw, 300);
        assertThat(check.errors()).containsOnlyKeys("title");
        assertThat(check.errors().get("title").messageKey()).isEqualTo("validation.required");
    }

    @Test
    void zeroWidthCharactersInsideTextGo() {
        assertThat(CleanText.of("\u200BĐường\u200B Ngọc\u2060 Thụy\uFEFF")).isEqualTo("Đường Ngọc Thụy");
    }

    @Test
    void bidiControlsGoFromNamesAndText() {
        assertThat(CleanText.of("Nguyễn Văn\u202E An\u202C")).isEqualTo("Nguyễn Văn An");
        assertThat(CleanText.of("\u2067hoso\u2069\u200F")).isEqualTo("hoso");
    }

    @Test
    void emojiKeepTheirJoiners() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(CleanText.of("Gia đình " + family)).isEqualTo("Gia đình " + family);
    }

    @Test
    void decomposedVietnameseIsStoredPrecomposed() {
        String nfd = Normalizer.normalize("Thượng Thanh", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Thượng Thanh");
        assertThat(CleanText.of(nfd)).isEqualTo("Thượng Thanh");
    }

    @Test
    void lineBreaksAndTabsStayOtherControlsGo() {
        assertThat(CleanText.of("  dòng 1\r\n\tdòng 2\u0000\u001B  ")).isEqualTo("dòng 1\n\tdòng 2");
    }

    @Test
    void htmlIsKeptAsTyped() {
        assertThat(CleanText.of("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }
}
