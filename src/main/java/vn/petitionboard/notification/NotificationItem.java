package vn.petitionboard.notification;

import java.time.LocalDateTime;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionRoutes;

/**
 * One line of the bell's list: its words as a message key and arguments, shown in the reader's language. It opens its
 * petition, or, when it names none (a reminder about several), the page of {@code linkRoute}.
 */
public record NotificationItem(NotificationId id, PetitionId petition, NotificationKind kind, HistoryText text,
        LocalDateTime createdAt, boolean read, String linkRoute) {

    /** The route it opens, or null when there is none the reader may open (a petition moved away from them). */
    public String route() {
        if (petition != null) {
            return kind.linksToPetition() ? PetitionRoutes.details(petition) : null;
        }
        return linkRoute;
    }
}
