package vn.petitionboard.base.text;

/** Joins what a user typed with the sentence that follows it in a history entry, without a doubled full stop. */
public final class Sentences {

    private Sentences() {
    }

    /** {@code first}, a full stop unless it already ends a sentence, a space, then {@code next}. */
    public static String then(String first, String next) {
        String stripped = first.strip();
        boolean ended = !stripped.isEmpty() && ".!?…".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
        return stripped + (ended ? " " : ". ") + next;
    }
}
