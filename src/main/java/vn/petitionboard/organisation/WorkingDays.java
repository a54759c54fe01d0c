package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Counts working days: Monday to Friday, minus the public_holiday table. */
@Component
public class WorkingDays {

    private final DSLContext dsl;

    WorkingDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The date that lies the given number of working days after start (start itself not counted). */
    public LocalDate after(LocalDate start, int workingDays) {
        // A generous window of holidays in one query: n working days never span more than 2n + 30 calendar days.
        Set<LocalDate> holidays = new HashSet<>(dsl.select(PUBLIC_HOLIDAY.HOLIDAY_DATE).from(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.between(start, start.plusDays(2L * workingDays + 30)))
                .fetch(PUBLIC_HOLIDAY.HOLIDAY_DATE));
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(date)) {
                counted++;
            }
        }
        return date;
    }
}
