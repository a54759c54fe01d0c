package vn.petitionboard.notification;

import java.time.LocalDateTime;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.petition.PetitionId;

/** One line of the bell's list: its words as a message key and arguments, shown in the reader's language. */
public record NotificationItem(NotificationId id, PetitionId petition, NotificationKind kind, HistoryText text,
        LocalDateTime createdAt, boolean read) {
}
