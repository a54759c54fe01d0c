package vn.petitionboard.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Today as the app sees it: the ward works on Vietnam time (ClockConfig), whatever the server's zone. A test that took
 * the JVM's date (UTC here) was a day behind the app from 17:00 UTC, and its "tomorrow" was the app's today.
 */
public final class Today {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(VIETNAM);
    }

    public static LocalDateTime dateTime() {
        return LocalDateTime.now(VIETNAM);
    }
}
