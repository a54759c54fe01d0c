package vn.petitionboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A Vietnamese password logs in whether the keyboard sent its letters composed or decomposed. */
class NfcPasswordEncoderTest {

    private final NfcPasswordEncoder encoder =
            new NfcPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void composed_and_decomposed_letters_match_the_same_hash() {
        String composed = Normalizer.normalize("Cây đa đầu làng năm 2026", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        String hash = encoder.encode(decomposed);

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches(composed, hash)).isTrue();
        assertThat(encoder.matches(decomposed, hash)).isTrue();
        assertThat(encoder.matches("Cay da dau lang nam 2026", hash)).isFalse();
    }

    @Test
    void hashes_written_before_keep_working() {
        String ascii = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("demo@2020");
        assertThat(encoder.matches("demo@2020", ascii)).isTrue();
    }
}
