package vn.petitionboard.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server for the tests, started once per JVM on a free port, and pointed at by every test context
 * (registered in META-INF/spring.factories, so the context cache sees no difference and no test pays for a context
 * of its own). Tests tell their mails apart by recipient address; {@link #stop()} and {@link #start()} take it down
 * and bring it back on the same port.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A test property: this context gets no mail server, as an installation without MAIL_HOST. */
    public static final String NO_MAIL_SERVER = "petitionboard.test.no-mail-server";

    private static GreenMail server;
    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // A context that must run as an installation without SMTP says so (it has a context of its own anyway).
        if (context.getEnvironment().getProperty(NO_MAIL_SERVER, Boolean.class, false)) {
            return;
        }
        start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "petitionboard.mail.host", "127.0.0.1",
                "petitionboard.mail.port", String.valueOf(port),
                "petitionboard.mail.starttls", "false")));
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        if (port == 0) {
            port = freePort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received so far for this address (every test uses addresses of its own). */
    public static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
