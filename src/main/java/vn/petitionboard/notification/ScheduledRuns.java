package vn.petitionboard.notification;

import static vn.petitionboard.jooq.Tables.SCHEDULED_RUN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Once-a-day jobs across app instances (the mail digest, the deadline reminders): the primary key (job, day) lets
 * exactly one insert succeed.
 */
@Repository
public class ScheduledRuns {

    private final DSLContext dsl;

    ScheduledRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True for the one caller that takes the day's run; false for everyone after it, on any instance. */
    public boolean claim(String job, LocalDate day, LocalDateTime at) {
        return dsl.insertInto(SCHEDULED_RUN).set(SCHEDULED_RUN.JOB_NAME, job).set(SCHEDULED_RUN.RUN_DATE, day)
                .set(SCHEDULED_RUN.STARTED_AT, at).onDuplicateKeyIgnore().execute() == 1;
    }
}
