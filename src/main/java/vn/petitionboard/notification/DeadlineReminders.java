package vn.petitionboard.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.base.db.WriteConflict;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.organisation.Units;
import vn.petitionboard.organisation.WorkingDays;
import vn.petitionboard.petition.DueDeadline;
import vn.petitionboard.petition.DueDeadlinesQuery;
import vn.petitionboard.security.Colleagues;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/**
 * Once a working day, from the set time (Vietnam time, the app's Clock), one notification per person listing the
 * petitions that are overdue or due within the next working days: to the enabled officers of each petition's
 * department and the leader who assigned it (docs/decisions/0024-deadline-reminders.md). The day is claimed in
 * scheduled_run first, so with several app instances one runs it; the row's event key makes it once per person anyway.
 * Mail follows through the notification outbox like any other notification.
 */
@Component
public class DeadlineReminders {

    static final String JOB = "deadline-reminders";
    /** Runs of a unit's reminders after a write conflict, in all. */
    private static final int RETRY_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final ScheduledRuns runs;
    private final WorkingDays workingDays;
    private final Units units;
    private final DueDeadlinesQuery deadlines;
    private final Colleagues colleagues;
    private final NotificationStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LocalTime at;
    private final int daysAhead;

    DeadlineReminders(ScheduledRuns runs, WorkingDays workingDays, Units units, DueDeadlinesQuery deadlines,
            Colleagues colleagues, NotificationStore store, PlatformTransactionManager transactions, Clock clock,
            @Value("${petitionboard.reminders.at:07:00}") LocalTime at,
            @Value("${petitionboard.reminders.days-ahead:3}") int daysAhead) {
        this.runs = runs;
        this.workingDays = workingDays;
        this.units = units;
        this.deadlines = deadlines;
        this.colleagues = colleagues;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.at = at;
        this.daysAhead = daysAhead;
    }

    @Scheduled(fixedDelayString = "${petitionboard.reminders.check-millis:60000}",
            initialDelayString = "${petitionboard.reminders.check-millis:60000}")
    void scheduled() {
        try {
            runIfDue(LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("Deadline reminders failed: {}", e.toString());
        }
    }

    /**
     * How many reminders were written: none before the set time, on a weekend or public holiday, or when the day's
     * run was taken already.
     */
    public int runIfDue(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(at) || !workingDays.isWorkingDay(today)) {
            return 0;
        }
        if (!Boolean.TRUE.equals(transaction.execute(status -> runs.claim(JOB, today, now)))) {
            return 0;
        }
        LocalDate lastDay = workingDays.after(today, daysAhead);
        int written = 0;
        for (UnitId unit : units.all()) {
            try {
                // Database-only, so run again whole on a write conflict (a Galera certification failure).
                Integer inUnit = WriteConflict.retried(RETRY_ATTEMPTS,
                        () -> transaction.execute(status -> remind(unit, today, lastDay, now)));
                written += inUnit == null ? 0 : inUnit;
            } catch (RuntimeException e) {
                // The other units still get theirs; this one waits for the next working day (the day is taken).
                log.warn("Deadline reminders of unit {} failed: {}", unit.value(), e.toString());
            }
        }
        return written;
    }

    /** One unit in one transaction: its due petitions, their people (all of this unit), one row each. */
    private int remind(UnitId unit, LocalDate today, LocalDate lastDay, LocalDateTime now) {
        List<DueDeadline> due = deadlines.dueBy(unit, lastDay);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UserId, DailyReminder> reminders = gather(unit, due, today);
        String eventKey = "reminder-" + today;
        int written = 0;
        for (var entry : reminders.entrySet()) {
            DailyReminder reminder = entry.getValue();
            if (store.insertAbout(entry.getKey(), unit, NotificationKind.DEADLINE_REMINDER, reminder.text(daysAhead),
                    eventKey, reminder.route(), now)) {
                written++;
            }
        }
        return written;
    }

    private Map<UserId, DailyReminder> gather(UnitId unit, List<DueDeadline> due, LocalDate today) {
        Set<UserId> leaders = Set.copyOf(colleagues.withAnyRole(unit, Role.LEADERS, null));
        Map<DepartmentId, List<UserId>> officers = new HashMap<>();
        Map<UserId, DailyReminder> reminders = new TreeMap<>(Comparator.comparingLong(UserId::value));
        for (DueDeadline petition : due) {
            // Who is reminded of this petition, each once: true for the leader who assigned it (even if an officer too).
            Map<UserId, Boolean> people = new HashMap<>();
            officers.computeIfAbsent(petition.department(),
                    department -> colleagues.withAnyRole(unit, Set.of(Role.DEPARTMENT_OFFICER), department))
                    .forEach(officer -> people.put(officer, false));
            if (petition.assignedBy() != null && leaders.contains(petition.assignedBy())) {
                people.put(petition.assignedBy(), true);
            }
            people.forEach((person, asLeader) ->
                    reminders.computeIfAbsent(person, id -> new DailyReminder()).add(petition, today, asLeader));
        }
        return reminders;
    }
}
