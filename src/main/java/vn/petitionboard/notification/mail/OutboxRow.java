package vn.petitionboard.notification.mail;

import java.time.LocalDateTime;
import java.util.List;
import vn.petitionboard.notification.NotificationKind;
import vn.petitionboard.security.UserId;

/** A notification row as the mail side reads it: its text (key and arguments: code, title, who acted) and attempts. */
record OutboxRow(long id, UserId recipient, long petition, NotificationKind kind, String messageKey,
        List<String> args, LocalDateTime createdAt, int attempts) {

    String code() {
        return args.isEmpty() ? "" : args.getFirst();
    }

    String title() {
        return args.size() < 2 ? "" : args.get(1);
    }
}
