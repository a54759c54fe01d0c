package vn.petitionboard.petition;

/**
 * What a petition_history row records. Stored by name (jOOQ maps the column to this enum); the history is
 * append-only, so a constant is never renamed or removed. Labels are the message keys {@code event.<NAME>}.
 */
public enum HistoryEvent {
    RECEIVED,
    EDITED,
    REQUESTER_ADDED,
    ASSIGNED,
    ANSWERED_ON_THE_SPOT,
    STARTED,
    PROGRESS_REPORTED,
    ANSWERED,
    ESCALATED,
    HIGHER_LEVEL_REPLIED,
    /** The Front accepted the answer: the moment a petition counts as resolved. */
    REVIEW_ACCEPTED,
    REVIEW_RETURNED,
    SENT_BACK,
    /** A leader gave the petition to another department (PetitionAction.REASSIGN, or an approved request). */
    REASSIGNED,
    DEADLINE_EXTENDED,
    INSTRUCTION_ADDED,
    EXTENSION_REQUESTED,
    REASSIGNMENT_REQUESTED,
    REQUEST_APPROVED,
    REQUEST_REFUSED,
    /** The clerk imported the petition from an Excel file (PetitionImportService), received or already assigned. */
    IMPORTED,
    /** The petition arrived from a lower unit's escalation (docs/decisions/0027): the first event of its copy. */
    ESCALATION_RECEIVED,
    /** The answer of a petition escalated to this unit went back to the lower unit's petition. */
    ANSWER_SENT_DOWN,
    /** This petition was merged into a duplicate that carries on (PetitionMergeService): its last event. */
    MERGED_INTO,
    /** A duplicate was merged into this petition, its requesters added and its history shown here. */
    MERGED_FROM;

    /** The event a life-cycle step writes. */
    static HistoryEvent of(Transition transition) {
        return switch (transition) {
            case ASSIGN -> ASSIGNED;
            case ANSWER_ON_THE_SPOT -> ANSWERED_ON_THE_SPOT;
            case START -> STARTED;
            case REPORT_PROGRESS -> PROGRESS_REPORTED;
            case ANSWER -> ANSWERED;
            case ESCALATE -> ESCALATED;
            case RECORD_REPLY -> HIGHER_LEVEL_REPLIED;
            case ACCEPT -> REVIEW_ACCEPTED;
            case RETURN -> REVIEW_RETURNED;
            case SEND_BACK -> SENT_BACK;
        };
    }
}
