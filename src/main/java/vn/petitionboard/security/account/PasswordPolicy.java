package vn.petitionboard.security.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.text.InputCheck;

/**
 * ASVS 5.0 V6.2: at least 12 characters and at most 128, any characters (spaces and Vietnamese letters included), no
 * composition rules, not a common password and not built on the user's own name or the app's. Length counts code
 * points after Unicode NFC, so "ệ" typed as one or as three code points counts once. The comparisons ignore case.
 */
@Component
public class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;
    /** The app's own names: a password containing one is among the first an attacker of this app tries. */
    private static final Set<String> APP_WORDS = Set.of("petitionboard", "petition board");
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Reports what is wrong with {@code password} under {@code field}; username and full name are the user's own. */
    public void check(InputCheck check, String field, String password, String username, String fullName) {
        if (password == null || password.isEmpty()) {
            check.fail(field, "validation.required");
            return;
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN) {
            check.fail(field, "account.password.tooShort", MIN, length);
        } else if (length > MAX) {
            check.fail(field, "validation.tooLong", MAX, length);
        } else if (common.contains(normalized)) {
            check.fail(field, "account.password.common");
        } else if (containsOwnName(normalized, username, fullName)) {
            check.fail(field, "account.password.personal");
        }
    }

    /** NFC and lower case: how passwords are compared with the list and the names (the stored hash keeps NFC only). */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean containsOwnName(String password, String username, String fullName) {
        String compact = password.replace(" ", "");
        if (APP_WORDS.stream().anyMatch(password::contains)) {
            return true;
        }
        if (username != null && username.length() >= 3 && compact.contains(normalize(username))) {
            return true;
        }
        if (fullName == null || fullName.isBlank()) {
            return false;
        }
        // "Hoàng Văn Lực" in "hoàngvănlực2026!", with or without its spaces.
        String name = normalize(fullName.strip()).replaceAll("\\s+", "");
        return name.length() >= 3 && compact.contains(name);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + LIST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::normalize)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int commonCount() {
        return common.size();
    }
}
