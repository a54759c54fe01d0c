package vn.petitionboard.notification.mail;

import static vn.petitionboard.jooq.Tables.APP_USER;

import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.UserId;

/** The signed-in user's own choice of how notifications reach them by e-mail; nobody else's row is read or changed. */
@Service
@Transactional
@PreAuthorize(Permissions.SIGNED_IN)
public class MailPreferenceService {

    /** The choice, whether the user has an address to send to, and whether the server sends mail at all. */
    public record MailPreference(MailDelivery delivery, boolean hasAddress, boolean mailOn) {
    }

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Postman postman;

    MailPreferenceService(DSLContext dsl, CurrentUser currentUser, Postman postman) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.postman = postman;
    }

    @Transactional(readOnly = true)
    public MailPreference current() {
        UserId me = currentUser.require().id();
        var row = dsl.select(APP_USER.MAIL_DELIVERY, APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(me))
                .fetchSingle();
        String email = row.value2();
        return new MailPreference(MailDelivery.parse(row.value1()), email != null && !email.isBlank(), postman.on());
    }

    public void choose(MailDelivery delivery) {
        if (delivery == null) {
            throw new IllegalArgumentException("no choice");
        }
        dsl.update(APP_USER).set(APP_USER.MAIL_DELIVERY, delivery.name())
                .where(APP_USER.ID.eq(currentUser.require().id())).execute();
    }
}
