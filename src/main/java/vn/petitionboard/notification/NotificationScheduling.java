package vn.petitionboard.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on @Scheduled for the mail sender's poll, the daily digest and the deadline reminders. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {
}
