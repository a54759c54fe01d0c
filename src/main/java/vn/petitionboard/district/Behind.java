package vn.petitionboard.district;

import java.util.Locale;

/**
 * Which petitions a figure of the district's overview stands for, so that the figure opens the list behind it: all of
 * the choice (received), the open ones, the overdue ones, those awaiting the Front, those waiting on the higher
 * level, or the resolved ones (the rate's and the median's).
 */
public enum Behind {
    ALL,
    OPEN,
    OVERDUE,
    AWAITING_REVIEW,
    WAITING_ON_HIGHER_LEVEL,
    RESOLVED;

    /** The value in a query string ({@code show=overdue}). */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Behind fromParameter(String text) {
        for (Behind behind : values()) {
            if (behind.parameter().equals(text)) {
                return behind;
            }
        }
        return ALL;
    }
}
