package vn.petitionboard.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.petitionboard.petition.DueDeadline;
import vn.petitionboard.petition.HistoryText;

/**
 * One person's deadline reminder of the day, gathered from every petition they are reminded of (as an officer of its
 * department, as the leader who assigned it, or both): the counts of overdue and due-soon petitions and the first
 * {@link #CODES_SHOWN} codes, overdue first.
 */
final class DailyReminder {

    static final int CODES_SHOWN = 10;
    /** The pages it opens: an officer's own list, or, for a leader, the unit's petition list (routes, not imports). */
    static final String MY_WORK = "my-work";
    static final String PETITION_LIST = "petitions";
    private static final String NONE = "–";

    private final List<String> overdue = new ArrayList<>();
    private final List<String> dueSoon = new ArrayList<>();
    private boolean asLeader;

    /** Each petition once per person: the caller adds a petition to a person at most once. */
    void add(DueDeadline due, LocalDate today, boolean byLeader) {
        (due.isOverdue(today) ? overdue : dueSoon).add(due.code());
        asLeader |= byLeader;
    }

    /** Arguments: overdue count, due-soon count, days ahead, overdue codes, due-soon codes, how many more. */
    HistoryText text(int daysAhead) {
        List<String> shownOverdue = overdue.stream().limit(CODES_SHOWN).toList();
        List<String> shownDueSoon = dueSoon.stream().limit(CODES_SHOWN - shownOverdue.size()).toList();
        int more = overdue.size() + dueSoon.size() - shownOverdue.size() - shownDueSoon.size();
        return HistoryText.of(NotificationKind.DEADLINE_REMINDER.messageKey(), overdue.size(), dueSoon.size(),
                daysAhead, codes(shownOverdue), codes(shownDueSoon), more);
    }

    /** A leader may not open "my work" (an officer's page); the petition list shows them every petition of the unit. */
    String route() {
        return asLeader ? PETITION_LIST : MY_WORK;
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? NONE : String.join(", ", codes);
    }
}
