package vn.petitionboard.base.text;

/** What a user typed, made to end a sentence before the next one of a history entry, without a doubled full stop. */
public final class Sentences {

    private Sentences() {
    }

    /** {@code text} without surrounding blanks, with a full stop unless it already ends a sentence. */
    public static String ended(String text) {
        String stripped = text.strip();
        boolean ended = !stripped.isEmpty() && ".!?…".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
        return ended ? stripped : stripped + ".";
    }
}
