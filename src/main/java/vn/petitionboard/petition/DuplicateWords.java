package vn.petitionboard.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.text.SearchText;

/**
 * The telling words of a petition being typed, folded as the search terms are: title first, then content, cleaned
 * and cut as the capture would store them. Words every petition has ("đề nghị", "phường", "người dân") and single
 * letters would make everything look alike, so they are left out; so are words past {@link #WORDS_MAX}, which bound
 * the statement however long the content.
 */
final class DuplicateWords {

    /** Fewer shared words than this is chance: one common place or word. */
    static final int MIN_MATCHES = 2;
    static final int LIMIT_MAX = 20;
    static final int WORDS_MAX = 24;

    /**
     * Folded Vietnamese words too common in petitions to tell one from another: "tổ dân phố số 12", "cho các hộ".
     * Folding merges words, so some meaningful ones go too ("chợ" folds like "cho", "hồ" like "hộ"); "đèn" and "ống"
     * stay, as "đến" and "ông" are not common enough to matter.
     */
    private static final Set<String> COMMON = Set.of("de", "nghi", "kien", "phuong", "xa", "nguoi", "dan", "cua",
            "va", "cac", "la", "co", "khong", "duoc", "voi", "trong", "nhung", "mot", "nay", "da", "se", "tai", "ve",
            "theo", "vao", "ra", "khi", "thi", "nhu", "tu", "can", "viec", "hien", "dang", "rat", "nhieu", "lam",
            "gay", "bi", "tren", "duoi", "sau", "truoc", "ba", "xin", "yeu", "cau", "quyet", "tra", "loi", "kiem",
            "cho", "ho", "to", "pho", "so", "gia", "dinh");

    private DuplicateWords() {
    }

    static List<String> of(String title, String content) {
        List<String> words = new ArrayList<>();
        for (String word : SearchText.terms(cut(title, PetitionIntakeService.TITLE_MAX),
                cut(content, PetitionIntakeService.CONTENT_MAX))) {
            if (word.codePointCount(0, word.length()) > 1 && !COMMON.contains(word)) {
                words.add(word);
                if (words.size() == WORDS_MAX) {
                    break;
                }
            }
        }
        return words;
    }

    /** The text as the capture stores it (NFC, without hidden characters), over-long text cut at the field's size. */
    private static String cut(String raw, int max) {
        String text = CleanText.of(raw);
        if (text == null || CleanText.length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
