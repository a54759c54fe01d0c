package vn.petitionboard.notification.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.petition.PetitionRoutes;

/**
 * The text of a notification mail and of a digest, in Vietnamese, plain text: what happened, the petition's code and
 * title, and a link to it (none when the recipient no longer sees the petition); for a reminder about several
 * petitions, its text and a link to its page.
 */
@Component
class MailComposer {

    record Mail(String subject, String body) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageBundleI18NProvider messages;
    private final MailSettings settings;

    MailComposer(MessageBundleI18NProvider messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    Mail single(Recipient to, OutboxRow row) {
        String what = text("mail.subject." + row.kind().name());
        String subject = row.aboutOnePetition() ? "[" + row.code() + "] " + what : what;
        String body = text("mail.greeting", to.fullName()) + "\n\n" + entry(row) + "\n\n" + text("mail.footer");
        return new Mail(subject, body);
    }

    Mail digest(Recipient to, List<OutboxRow> rows, LocalDate day) {
        String subject = text("mail.digest.subject", String.valueOf(rows.size()), day.format(DAY));
        StringBuilder body = new StringBuilder(text("mail.greeting", to.fullName())).append("\n\n")
                .append(text("mail.digest.intro", String.valueOf(rows.size()))).append("\n\n");
        for (OutboxRow row : rows) {
            body.append("• ").append(entry(row).replace("\n", "\n  ")).append("\n\n");
        }
        body.append(text("mail.digest.open", settings.homeLink())).append("\n\n").append(text("mail.footer"));
        return new Mail(subject, body.toString());
    }

    private String entry(OutboxRow row) {
        String what = text(row.messageKey(), row.args().toArray());
        if (!row.aboutOnePetition()) {
            return what + "\n" + text("mail.linkPage", settings.link(row.linkRoute()));
        }
        String details = text("mail.petition", row.code(), row.title());
        String link = row.kind().linksToPetition()
                ? text("mail.link", settings.link(PetitionRoutes.details(row.petition())))
                : text("mail.noLink");
        return what + "\n" + details + "\n" + link;
    }

    private String text(String key, Object... args) {
        return messages.getTranslation(key, MessageBundleI18NProvider.VIETNAMESE, args);
    }
}
