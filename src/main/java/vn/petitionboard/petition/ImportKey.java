package vn.petitionboard.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which petition a sheet row is, so that importing a file twice adds nothing (docs/decisions/0017): the row's own code
 * when it gives one ("code:" and the code in capitals), else "hash:" and the SHA-256 of its content and delegate name,
 * both cleaned (NFC), with runs of spaces made one and in lower case, so that a retyped space or a capital does not
 * make a new petition.
 */
final class ImportKey {

    static final int CODE_MAX = 50;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ImportKey() {
    }

    /** Cleaned (CleanText) values in; code may be null. */
    static String of(String code, String content, String delegateName) {
        if (code != null) {
            return "code:" + code.toUpperCase(Locale.ROOT);
        }
        String normalised = normalise(content) + "\n" + normalise(delegateName);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "hash:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
