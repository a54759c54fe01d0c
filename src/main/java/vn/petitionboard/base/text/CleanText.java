package vn.petitionboard.base.text;

import java.text.Normalizer;

/**
 * Text as it is stored: Unicode NFC (so decomposed Vietnamese from some keyboards becomes the same text as
 * precomposed), trimmed, control characters other than line breaks and tabs removed. HTML is kept as typed and always
 * shown as text; emoji are kept (utf8mb4).
 */
public final class CleanText {

    private CleanText() {
    }

    /** Null for null or blank input, so that "required" can be checked on the cleaned value. */
    public static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Length as the database counts it: characters (code points), so an emoji counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
