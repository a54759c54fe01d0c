package vn.petitionboard.security.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;

/** "30 phút", "45 giây": a duration as the session messages say it, rounded up to whole minutes from one minute. */
final class DurationText {

    private DurationText() {
    }

    static String of(Component component, Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        return seconds < 60
                ? component.getTranslation("session.seconds", seconds)
                : component.getTranslation("session.minutes", (seconds + 59) / 60);
    }
}
