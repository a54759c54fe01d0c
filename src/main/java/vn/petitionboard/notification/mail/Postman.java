package vn.petitionboard.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the SMTP server. There is no JavaMailSender, and so no mail, unless MAIL_HOST is set. The
 * Message-ID is ours and derived from what the mail is about, so a mail sent again after a crash between the SMTP
 * answer and our commit carries the same id as the first (Spring keeps an id set before sending).
 */
@Component
class Postman {

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;

    Postman(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean on() {
        return sender.getIfAvailable() != null;
    }

    /** Throws MailException or MessagingException when the server refuses it or cannot be reached. */
    void send(String to, MailComposer.Mail mail, String idLocalPart) throws MessagingException {
        JavaMailSender smtp = Optional.ofNullable(sender.getIfAvailable())
                .orElseThrow(() -> new IllegalStateException("mail is off (no MAIL_HOST)"));
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        if (!settings.from().isBlank()) {
            helper.setFrom(settings.from());
        }
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("Message-ID", "<" + idLocalPart + "@" + settings.messageIdDomain() + ">");
        try {
            smtp.send(message);
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }
}
