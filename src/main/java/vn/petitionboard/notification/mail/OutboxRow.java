package vn.petitionboard.notification.mail;

import java.time.LocalDateTime;
import java.util.List;
import vn.petitionboard.notification.NotificationKind;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.security.UserId;

/**
 * A notification row as the mail side reads it: its text (key and arguments: code, title, who acted, for a row about a
 * petition) and attempts. A row about several petitions (a reminder) has no petition but the route of its page.
 */
record OutboxRow(long id, UserId recipient, PetitionId petition, String linkRoute, NotificationKind kind,
        String messageKey, List<String> args, LocalDateTime createdAt, int attempts) {

    boolean aboutOnePetition() {
        return petition != null;
    }

    String code() {
        return args.isEmpty() ? "" : args.getFirst();
    }

    String title() {
        return args.size() < 2 ? "" : args.get(1);
    }
}
