package vn.petitionboard.notification;

/** A notification row's id. */
public record NotificationId(long value) {
}
