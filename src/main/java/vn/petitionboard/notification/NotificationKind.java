package vn.petitionboard.notification;

/**
 * Why a user is told about a petition (or, for a reminder, several). Stored by name (jOOQ maps notification.kind to this enum), so a constant is never
 * renamed or removed; its text is the message key {@code notification.<camelName>} with the petition's code, title
 * and who acted.
 */
public enum NotificationKind {
    /** The petition was given to the recipient's department (first assignment or a reassignment to it). */
    ASSIGNED("notification.assigned", true),
    /** An answer awaits the Front's review (department's, leader's, on the spot, or the higher level's). */
    ANSWER_TO_REVIEW("notification.answerToReview", true),
    /** The Front returned the answer. */
    RETURNED("notification.returned", true),
    /** A leader sent the answer back to the department. */
    SENT_BACK("notification.sentBack", true),
    /** The higher level replied to an escalated petition. */
    HIGHER_LEVEL_REPLIED("notification.higherLevelReplied", true),
    /**
     * The petition went from the recipient's department to another one. No link: the recipient no longer sees it.
     */
    REASSIGNED_AWAY("notification.reassignedAway", false),
    /**
     * The day's deadline reminder: how many of the recipient's petitions are overdue or due soon, and their codes. It
     * names no one petition; it opens the page stored with it (docs/decisions/0024-deadline-reminders.md).
     */
    DEADLINE_REMINDER("notification.deadlineReminder", false),
    /** A lower unit escalated a petition to the recipient's unit in the system: it waits in RECEIVED. */
    ESCALATION_RECEIVED("notification.escalationReceived", true);

    private final String messageKey;
    private final boolean linksToPetition;

    NotificationKind(String messageKey, boolean linksToPetition) {
        this.messageKey = messageKey;
        this.linksToPetition = linksToPetition;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the recipient may still open the petition it names. */
    public boolean linksToPetition() {
        return linksToPetition;
    }
}
