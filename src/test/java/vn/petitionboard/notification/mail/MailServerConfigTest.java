package vn.petitionboard.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail is on exactly when MAIL_HOST is given; an empty one (the default) makes no sender at all. */
class MailServerConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MailServerConfig.class);

    @Test
    void without_a_host_there_is_no_sender() {
        runner.run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
        runner.withPropertyValues("petitionboard.mail.host=  ")
                .run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void with_a_host_the_sender_uses_it_with_starttls_and_timeouts() {
        runner.withPropertyValues("petitionboard.mail.host=smtp.example.vn", "petitionboard.mail.port=2525",
                "petitionboard.mail.username=no-reply@example.vn", "petitionboard.mail.password=secret")
                .run(context -> {
                    JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
                    assertThat(sender.getHost()).isEqualTo("smtp.example.vn");
                    assertThat(sender.getPort()).isEqualTo(2525);
                    assertThat(sender.getUsername()).isEqualTo("no-reply@example.vn");
                    assertThat(sender.getJavaMailProperties())
                            .containsEntry("mail.smtp.auth", "true")
                            .containsEntry("mail.smtp.starttls.enable", "true")
                            .containsEntry("mail.smtp.timeout", "10000");
                });
    }
}
