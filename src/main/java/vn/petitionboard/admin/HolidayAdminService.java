package vn.petitionboard.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.petition.OpenDeadline;
import vn.petitionboard.petition.ReferenceDataChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * The public holidays, year by year, for the administrator: add a day (Tết, a make-up day), remove one. Before saving,
 * {@link #impact} says which of the unit's open petitions have their deadline on that day; stored deadlines are not
 * moved (docs/decisions/0019-organisation-administration.md), and the audit entry names the petitions concerned.
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class HolidayAdminService {

    private final HolidayAdminStore store;
    private final ReferenceDataChanges petitions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    HolidayAdminService(HolidayAdminStore store, ReferenceDataChanges petitions, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.petitions = petitions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays(int year) {
        return store.of(year);
    }

    /** The year the screen opens at: today's, by the application's clock. */
    @Transactional(readOnly = true)
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The years to choose from: those with holidays, this year and next, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        int first = store.yearSpan().map(span -> Math.min(span[0], thisYear)).orElse(thisYear);
        int last = store.yearSpan().map(span -> Math.max(span[1], thisYear + 1)).orElse(thisYear + 1);
        return IntStream.rangeClosed(first, last).map(year -> first + last - year).boxed().toList();
    }

    @Transactional(readOnly = true)
    public HolidayImpact impact(LocalDate date) {
        var unit = currentUser.require().unitId();
        return new HolidayImpact(date, petitions.openDeadlinesOn(unit, date), petitions.openDeadlinesAfter(unit, date));
    }

    public AdminResult add(LocalDate date, String name) {
        InputCheck check = new InputCheck();
        checkDate(check, date);
        String cleanName = ReferenceName.check(check, HolidayFields.NAME, name, ReferenceName.MAX);
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        Optional<Holiday> taken = store.find(date);
        if (taken.isPresent() || !store.insert(new Holiday(date, cleanName))) {
            check.fail(HolidayFields.DATE, "admin.holiday.dateTaken", Formats.date(date),
                    taken.map(Holiday::name).orElse(""));
            return new AdminResult.Invalid(check.errors());
        }
        audit.record(AuditAction.HOLIDAY_ADDED, target(date, cleanName), null, state(date, cleanName));
        return new AdminResult.Saved();
    }

    public AdminResult remove(LocalDate date) {
        Optional<Holiday> found = date == null ? Optional.empty() : store.find(date);
        if (found.isEmpty()) {
            return AdminResult.Refused.of("admin.holiday.notFound");
        }
        store.delete(date);
        audit.record(AuditAction.HOLIDAY_REMOVED, target(date, found.get().name()),
                state(date, found.get().name()), null);
        return new AdminResult.Saved();
    }

    private void checkDate(InputCheck check, LocalDate date) {
        if (check.required(HolidayFields.DATE, date) == null) {
            return;
        }
        LocalDate earliest = LocalDate.of(HolidayFields.FIRST_YEAR, 1, 1);
        LocalDate latest = LocalDate.of(LocalDate.now(clock).getYear() + HolidayFields.YEARS_AHEAD, 12, 31);
        check.require(!date.isBefore(earliest), HolidayFields.DATE, "validation.date.tooEarly",
                Formats.date(earliest));
        check.require(!date.isAfter(latest), HolidayFields.DATE, "validation.date.tooFar", Formats.date(latest));
    }

    private static AuditTarget target(LocalDate date, String name) {
        return new AuditTarget("holiday", date.toEpochDay(), Formats.date(date) + " " + name);
    }

    /** The day, its name, and the unit's open petitions whose deadline is that day (they are not moved). */
    private Map<String, Object> state(LocalDate date, String name) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", date.toString());
        state.put("name", name);
        List<OpenDeadline> onDate = petitions.openDeadlinesOn(currentUser.require().unitId(), date);
        state.put("openDeadlinesOnDate", onDate.stream().map(OpenDeadline::code).collect(Collectors.joining(",")));
        return state;
    }
}
