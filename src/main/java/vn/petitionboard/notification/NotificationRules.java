package vn.petitionboard.notification;

import static vn.petitionboard.notification.Audience.frontReviewers;
import static vn.petitionboard.notification.Audience.leaders;
import static vn.petitionboard.notification.Audience.officersOf;

import java.util.List;
import vn.petitionboard.petition.PetitionMoved;

/**
 * Who is told of a change (issue 12, item 1), in order: a user in two audiences is told once, by the first. The
 * petition's unit bounds every audience; a department audience is that department's officers only.
 */
final class NotificationRules {

    private NotificationRules() {
    }

    static List<Audience> of(PetitionMoved change) {
        return switch (change.event()) {
            case ASSIGNED -> change.department() == null ? List.of()
                    : List.of(officersOf(NotificationKind.ASSIGNED, change.department()));
            // A reassignment, or an approved request to reassign (an approved extension keeps the department).
            case REASSIGNED, REQUEST_APPROVED -> change.departmentChanged()
                    ? reassigned(change) : List.of();
            case ANSWERED, ANSWERED_ON_THE_SPOT -> List.of(frontReviewers(NotificationKind.ANSWER_TO_REVIEW));
            case ESCALATION_RECEIVED -> List.of(leaders(NotificationKind.ESCALATION_RECEIVED));
            case HIGHER_LEVEL_REPLIED -> List.of(leaders(NotificationKind.HIGHER_LEVEL_REPLIED),
                    frontReviewers(NotificationKind.ANSWER_TO_REVIEW));
            // Without a department (an answer on the spot or from the higher level) it is back with the leaders.
            case REVIEW_RETURNED -> change.department() == null ? List.of(leaders(NotificationKind.RETURNED))
                    : List.of(officersOf(NotificationKind.RETURNED, change.department()));
            case SENT_BACK -> change.department() == null ? List.of()
                    : List.of(officersOf(NotificationKind.SENT_BACK, change.department()));
            default -> List.of();
        };
    }

    private static List<Audience> reassigned(PetitionMoved change) {
        Audience newDepartment = officersOf(NotificationKind.ASSIGNED, change.department());
        return change.previousDepartment() == null ? List.of(newDepartment)
                : List.of(newDepartment, officersOf(NotificationKind.REASSIGNED_AWAY, change.previousDepartment()));
    }
}
