package vn.petitionboard.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void precomposed_vietnamese_folds_to_plain_lower_case_letters() {
        assertThat(SearchText.fold("Giải phóng MẶT BẰNG")).isEqualTo("giai phong mat bang");
        assertThat(SearchText.fold("Tổ dân phố số 3, ngõ 143")).isEqualTo("to dan pho so 3, ngo 143");
        assertThat(SearchText.fold("Ưu tiên, ơn, ắt, ấm, ễ, ỹ")).isEqualTo("uu tien, on, at, am, e, y");
    }

    @Test
    void decomposed_input_folds_like_precomposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hương đất đai", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hương đất đai");
        assertThat(SearchText.fold(nfd)).isEqualTo("nguyen thi huong dat dai");
    }

    @Test
    void d_with_stroke_is_folded_by_hand_in_both_cases() {
        // đ/Đ have no decomposition in Unicode: without the explicit mapping they would stay.
        assertThat(Normalizer.normalize("đ", Normalizer.Form.NFD)).isEqualTo("đ");
        assertThat(SearchText.fold("ĐẤT ĐAI đất đai Đặng")).isEqualTo("dat dai dat dai dang");
    }

    @Test
    void terms_split_on_punctuation_and_emoji_and_are_distinct() {
        assertThat(SearchText.terms("KN-2020-004", "Lấn chiếm vỉa hè, lòng đường 🚧 ngõ 143!", "vỉa hè"))
                .containsExactly("kn", "2020", "004", "lan", "chiem", "via", "he", "long", "duong", "ngo", "143");
    }

    @Test
    void emoji_and_punctuation_alone_give_no_terms() {
        assertThat(SearchText.terms("🙂 … – !!", null, "")).isEmpty();
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void long_words_are_cut_to_the_term_width() {
        String word = "a".repeat(50);
        assertThat(SearchText.terms(word)).containsExactly("a".repeat(SearchText.TERM_MAX));
    }
}
