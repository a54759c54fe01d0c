package vn.petitionboard.base.text;

import java.time.LocalDate;

/**
 * The dates a field may hold, so that a typing slip cannot slip through: a deadline of 31/12/9999 would never be
 * overdue, a document dated 01/01/0001 means nothing. The date pickers show the same bounds as their min and max, and
 * the services check them again.
 */
public record DateRange(LocalDate min, LocalDate max) {

    /** Nothing in the ward's records is older: the first dialogue conferences of this kind were held in the 1990s. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** A follow-up deadline is months away, at most a few years for works that need a budget. */
    public static final int DEADLINE_YEARS_AHEAD = 3;

    /** From today to {@value #DEADLINE_YEARS_AHEAD} years ahead. */
    public static DateRange deadline(LocalDate today) {
        return new DateRange(today, today.plusYears(DEADLINE_YEARS_AHEAD));
    }

    /** Something that has happened: a document's date, the day a letter was sent or answered. */
    public static DateRange past(LocalDate today) {
        return new DateRange(EARLIEST, today);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(min) && !date.isAfter(max);
    }
}
