package vn.petitionboard.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void a_right_to_left_override_cannot_disguise_the_extension() {
        // Shown as "bien-ban-kiem-trafdp.docx" by a bidi-aware screen; it is a PDF.
        assertThat(FileNames.clean("bien-ban-kiem-tra\u202Excod.pdf")).isEqualTo("bien-ban-kiem-traxcod.pdf");
        assertThat(FileNames.extension(FileNames.clean("hoso\u202Eexe.pdf"))).isEqualTo("pdf");
        assertThat(FileNames.extension(FileNames.clean("hoso\u202Efdp.exe"))).isEqualTo("exe");
    }

    @Test
    void every_bidi_control_and_invisible_character_goes() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
                + "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u3164\u115F";
        assertThat(FileNames.clean("bao" + controls + "cao.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileNames.clean(controls)).as("nothing visible left").isNull();
    }

    @Test
    void the_name_is_nfc_and_keeps_vietnamese() {
        String decomposed = "Bi\u00EA\u0300n ba\u0309n.pdf"; // "Biền bản" typed with combining marks
        assertThat(FileNames.clean(decomposed)).isEqualTo("Bi\u1EC1n b\u1EA3n.pdf");
    }

    @Test
    void path_separators_and_characters_windows_refuses_become_underscores() {
        assertThat(FileNames.clean("..\\..\\etc/passwd:x?.pdf")).isEqualTo("_.._etc_passwd_x_.pdf");
        assertThat(FileNames.clean("to\ttrinh\u2003so 5.pdf")).isEqualTo("to trinh so 5.pdf");
        assertThat(FileNames.clean("bao cao.pdf. . ")).isEqualTo("bao cao.pdf");
    }

    @Test
    void a_long_name_is_cut_before_its_extension() {
        String cleaned = FileNames.clean("ả".repeat(300) + ".docx");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(255);
        assertThat(cleaned).endsWith("ả.docx");
    }
}
