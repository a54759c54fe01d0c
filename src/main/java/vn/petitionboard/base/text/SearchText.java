package vn.petitionboard.base.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where text is folded for search: "Giải phóng MẶT BẰNG" and "giai phong mat bang" become the same
 * terms. Both the stored search terms and the typed query go through here, so they always fold alike (see
 * docs/decisions/0004-diacritics-insensitive-search.md).
 */
public final class SearchText {

    /** Longer words are cut to this many characters, the width of petition_search_term.term. */
    public static final int TERM_MAX = 32;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /**
     * Lower case, without diacritics: NFD splits "ệ" into "e" and its marks, which are dropped. "đ"/"Đ" is a letter
     * of its own in Unicode (no decomposition), so it is mapped to "d" by hand.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd');
        return Normalizer.normalize(withoutMarks, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The distinct folded words of the texts, in order: letters and digits only (punctuation, spaces and emoji
     * separate words), each cut to {@link #TERM_MAX} characters.
     */
    public static List<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : SEPARATORS.split(fold(text))) {
                if (!word.isEmpty()) {
                    terms.add(cut(word));
                }
            }
        }
        return new ArrayList<>(terms);
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= TERM_MAX ? word
                : word.substring(0, word.offsetByCodePoints(0, TERM_MAX));
    }
}
