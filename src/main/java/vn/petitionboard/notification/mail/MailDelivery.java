package vn.petitionboard.notification.mail;

/** How a user hears of their notifications by e-mail. Stored by name in app_user.mail_delivery. */
public enum MailDelivery {
    /** One mail per notification, within seconds of the change. */
    IMMEDIATE,
    /** One mail a day grouping what came since the last one. */
    DAILY_DIGEST,
    /** No mail; the bell still shows everything. */
    OFF;

    /** An unknown stored value reads as the default. */
    static MailDelivery parse(String stored) {
        for (MailDelivery value : values()) {
            if (value.name().equals(stored)) {
                return value;
            }
        }
        return IMMEDIATE;
    }
}
