package vn.petitionboard.notification.mail;

/** Where a notification row stands on its way to the mailbox (notification.mail_state, stored by name). */
enum MailState {
    /** Written with the change; the sender has not routed it yet (or will retry it after a failure). */
    PENDING,
    /** Mailed (mail_sent_at says when). */
    SENT,
    /** Waits for the recipient's daily digest. */
    DIGEST,
    /** Its recipient gets no mail: chose OFF, has no address, or is disabled. */
    SKIPPED
}
