package vn.petitionboard.security;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords in Unicode NFC (ASVS 5.0 V6 allows any characters): "ệ" arrives as one code point from
 * one keyboard and as "e" plus two marks from another, and both must log in to the same account.
 */
final class NfcPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NfcPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(nfc(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(nfc(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String nfc(CharSequence raw) {
        return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }
}
