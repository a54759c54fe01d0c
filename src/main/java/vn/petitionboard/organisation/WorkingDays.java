package vn.petitionboard.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Counts working days: Monday to Friday, minus the public_holiday table. */
@Component
public class WorkingDays {

    private final HolidayQuery holidayQuery;

    WorkingDays(HolidayQuery holidayQuery) {
        this.holidayQuery = holidayQuery;
    }

    /** The date that lies the given number of working days after start (start itself not counted). */
    public LocalDate after(LocalDate start, int workingDays) {
        // A generous window of holidays in one query: n working days never span more than 2n + 30 calendar days.
        Set<LocalDate> holidays = holidayQuery.between(start, start.plusDays(2L * workingDays + 30));
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    /** Monday to Friday and not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, holidayQuery.between(date, date));
    }

    private static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}
