package vn.petitionboard.security.firstrun;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The code that proves the person on the first-run page can read this server's log: without it, whoever reached a
 * fresh installation first could make themselves its administrator. Drawn once per start while no account exists,
 * printed once in the log, 16 characters of an alphabet without look-alikes (about 90 bits); kept in this process's
 * memory only, so each app instance of a cluster prints and accepts its own.
 */
@Component
class SetupCode {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();
    private volatile String code;

    /** A new code, replacing any earlier one. */
    synchronized String draw() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        code = text.toString();
        return code;
    }

    /** Compares in constant time; spaces around the typed code do not matter. */
    boolean matches(String typed) {
        String expected = code;
        if (expected == null || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                typed.strip().getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> current() {
        return Optional.ofNullable(code);
    }

    /** Once the app is set up the code opens nothing, even if the log is read later. */
    void forget() {
        code = null;
    }
}
