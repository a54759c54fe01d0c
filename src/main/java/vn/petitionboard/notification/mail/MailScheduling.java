package vn.petitionboard.notification.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on @Scheduled for the mail sender's poll and the daily digest. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {
}
