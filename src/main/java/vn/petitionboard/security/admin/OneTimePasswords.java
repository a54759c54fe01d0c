package vn.petitionboard.security.admin;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Passwords an administrator hands over (a new account, a reset): 16 characters from a secure random source, drawn
 * from letters and digits that cannot be mistaken for one another when read aloud or copied from paper (no 0/O, 1/l/I),
 * in groups of four for reading. About 90 bits; they must be changed at the first sign-in.
 */
@Component
class OneTimePasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
