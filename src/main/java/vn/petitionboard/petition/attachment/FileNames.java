package vn.petitionboard.petition.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name as it is stored and shown: what the user's eye reads is what the name is. Bidirectional controls
 * (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) would let "hoso[U+202E]xcod.pdf" read as "hosofdp.docx", so they go,
 * with every other invisible format character (zero-width spaces and joiners, soft hyphen, BOM) and the blank letters
 * that render as nothing; control characters and the characters Windows refuses in names become "_"; the result is
 * NFC and at most 255 characters, keeping its real extension.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    /** \p{Cf} holds the bidi controls and the zero-width characters; the rest render as blank letters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\p{Z}\\t]+");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\\\/:*?\"<>|]");

    private FileNames() {
    }

    /** The cleaned name, or null when nothing readable is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = ODD_SPACE.matcher(name).replaceAll(" ");
        name = UNSAFE.matcher(name).replaceAll("_");
        // Leading and trailing dots and spaces: Windows drops the trailing ones, which would change the extension.
        name = name.replaceAll("^[. ]+|[. ]+$", "");
        if (name.isEmpty()) {
            return null;
        }
        return shortened(name);
    }

    /** The extension after the last dot, lower case; empty when there is none. */
    static String extension(String cleanName) {
        int dot = cleanName.lastIndexOf('.');
        return dot < 0 ? "" : cleanName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        String stem = dot < 0 ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        if (keep < 1) {
            return name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        }
        return stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))))
                + extension;
    }
}
