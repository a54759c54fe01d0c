package vn.petitionboard.petition;

/**
 * How many petitions the list finds: exactly, or, for a text search with more matches than anyone reads, "more than
 * {@code count}" ({@code atLeast}). Counting every one of 70,000 matches of "đất đai" took most of a second at
 * 1,000,000 petitions and told the user nothing they would act on.
 */
public record ListTotal(int count, boolean atLeast) {

    public static ListTotal exactly(int count) {
        return new ListTotal(count, false);
    }

    public static ListTotal moreThan(int count) {
        return new ListTotal(count, true);
    }
}
