package vn.petitionboard.base.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as it is stored: Unicode NFC (so decomposed Vietnamese from some keyboards becomes the same text as
 * precomposed), trimmed, control characters other than line breaks and tabs removed, bidi controls and zero-width
 * spaces removed. Text with nothing visible in it (only spaces, zero-width or blank characters) counts as empty, so a
 * required field cannot be filled with it. HTML is kept as typed and always shown as text; emoji are kept (utf8mb4),
 * with the zero-width joiners that build them.
 */
public final class CleanText {

    /**
     * Removed wherever they are: the controls other than line break and tab; the bidi controls (U+061C, U+200E/200F,
     * U+202A–202E, U+2066–2069), which can make "hoso[U+202E]xcod.pdf" read as "hosofdp.docx"; the zero-width space,
     * word joiner and byte-order mark, which only hide text from search and from "required".
     */
    private static final Pattern REMOVED = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\t]]|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]|[\\u200B\\u2060\\uFEFF]");

    /** What shows nothing: format characters, spaces of every kind, and the letters that render blank. */
    private static final Pattern BLANK = Pattern.compile("[\\p{Cf}\\p{Z}\\s\\u115F\\u1160\\u3164\\uFFA0\\u2800]");
    private static final Pattern BLANK_EDGES = Pattern.compile("^" + BLANK + "+|" + BLANK + "+$");

    private CleanText() {
    }

    /** Null for null, blank or invisible-only input, so that "required" can be checked on the cleaned value. */
    public static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n");
        String cleaned = BLANK_EDGES.matcher(REMOVED.matcher(normalized).replaceAll("")).replaceAll("");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Length as the database counts it: characters (code points), so an emoji counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
