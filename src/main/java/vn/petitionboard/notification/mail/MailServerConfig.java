package vn.petitionboard.notification.mail;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP client, made only when MAIL_HOST (petitionboard.mail.host) is set; without it there is no JavaMailSender
 * bean, mail is off, and Spring Boot's own mail configuration stays off too (it needs spring.mail.host).
 */
@Configuration(proxyBeanMethods = false)
class MailServerConfig {

    /** A hanging server is given up after this long: the sender holds its claimed rows meanwhile. */
    static final String TIMEOUT_MILLIS = "10000";

    @Bean
    @Conditional(HostGiven.class)
    JavaMailSenderImpl javaMailSender(Environment env) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(env.getRequiredProperty("petitionboard.mail.host").strip());
        sender.setPort(env.getProperty("petitionboard.mail.port", Integer.class, 587));
        String username = env.getProperty("petitionboard.mail.username", "");
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(env.getProperty("petitionboard.mail.password", ""));
        }
        sender.setDefaultEncoding("UTF-8");
        String starttls = env.getProperty("petitionboard.mail.starttls", "true");
        Properties smtp = sender.getJavaMailProperties();
        smtp.setProperty("mail.smtp.auth", String.valueOf(!username.isBlank()));
        smtp.setProperty("mail.smtp.starttls.enable", starttls);
        smtp.setProperty("mail.smtp.starttls.required", starttls);
        smtp.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        smtp.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        smtp.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }

    static final class HostGiven implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("petitionboard.mail.host"));
        }
    }
}
