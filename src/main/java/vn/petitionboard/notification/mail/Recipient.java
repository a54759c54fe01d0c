package vn.petitionboard.notification.mail;

import vn.petitionboard.security.UserId;

/** Who a mail goes to, and whether they get one at all. */
record Recipient(UserId id, String fullName, String email, boolean enabled, MailDelivery delivery) {

    boolean reachable() {
        return enabled && email != null && !email.isBlank() && delivery != MailDelivery.OFF;
    }
}
