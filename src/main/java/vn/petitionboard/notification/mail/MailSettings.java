package vn.petitionboard.notification.mail;

import java.net.URI;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sender's address, the app's public address for links, and the digest's time of day. Whether mail is on at all
 * is whether Spring Boot made a JavaMailSender, which it does only when spring.mail.host (MAIL_HOST) is set.
 */
@Component
class MailSettings {

    private final String from;
    private final String baseUrl;
    private final LocalTime digestAt;

    MailSettings(@Value("${petitionboard.mail.from:}") String from,
            @Value("${petitionboard.mail.base-url:http://localhost:8080}") String baseUrl,
            @Value("${petitionboard.mail.digest-at:07:30}") LocalTime digestAt) {
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.digestAt = digestAt;
    }

    String from() {
        return from;
    }

    /** The app's address of a route (a view's path such as "petitions/12" or "my-work"). */
    String link(String route) {
        return baseUrl + "/" + route;
    }

    String homeLink() {
        return baseUrl + "/";
    }

    /** The right-hand side of our Message-IDs: the app's host name, so the ids are ours and stable. */
    String messageIdDomain() {
        String host = URI.create(baseUrl).getHost();
        return host == null || host.isBlank() ? "petitionboard.local" : host;
    }

    LocalTime digestAt() {
        return digestAt;
    }
}
