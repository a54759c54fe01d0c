package vn.petitionboard.notification.mail;

/** Where a notification row stands on its way to the mailbox (notification.mail_state, stored by name). */
enum MailState {
    /** Written with the change; the sender has not routed it yet (or will retry it after a failure). */
    PENDING,
    /**
     * Claimed by one sender, whose mail is on its way; mail_next_attempt_at is when the claim lapses, should that
     * sender stop before it settles the row (then another sender mails it, at worst a second time).
     */
    SENDING,
    /** Mailed (mail_sent_at says when). */
    SENT,
    /** Waits for the recipient's daily digest. */
    DIGEST,
    /** Its recipient gets no mail: chose OFF, has no address, or is disabled. */
    SKIPPED
}
