package vn.petitionboard.board;

/** How a column lists its cards. */
public enum CardOrder {

    /** Longest in its state first, on (state_changed_at, id): the board's order. */
    LONGEST_WAITING,

    /**
     * Overdue first (the board by domain): in the states where a petition can be overdue, by deadline, earliest
     * first, so the overdue ones lead, most overdue at the top, then the nearest deadlines, and the cards without a
     * deadline last; in the states where nothing is due (escalated, answered), the board's order.
     */
    OVERDUE_FIRST
}
