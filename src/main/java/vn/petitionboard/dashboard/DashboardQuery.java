package vn.petitionboard.dashboard;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.EscalatedItem;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.dashboard.Dashboard.YearRow;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;

/**
 * The dashboard's figures, each counted by the database within the user's scope ({@link PetitionConditions}); only
 * the median walks a list in Java, and that list holds one duration per resolved petition of the filter.
 */
@Repository
class DashboardQuery {

    private final DSLContext dsl;

    DashboardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The years in which the unit received petitions, newest first: one seek of ix_petition_received per year (the
     * first petition on or after each 1 January), instead of reading every petition to group them by year.
     */
    List<Integer> years(PetitionConditions scope) {
        List<Integer> years = new ArrayList<>();
        LocalDateTime from = LocalDate.of(1900, 1, 1).atStartOfDay();
        while (true) {
            LocalDateTime first = dsl.select(DSL.min(PETITION.CREATED_AT)).from(PETITION)
                    .where(scope.visible()).and(PETITION.CREATED_AT.ge(from)).fetchOne(0, LocalDateTime.class);
            if (first == null) {
                break;
            }
            years.addFirst(first.getYear());
            from = startOf(first.getYear() + 1);
        }
        return years;
    }

    /** The unit's conferences, newest first. */
    List<ConferenceChoice> conferences(PetitionConditions scope) {
        return dsl.select(CONFERENCE.ID, CONFERENCE.TITLE, CONFERENCE.HELD_ON).from(CONFERENCE)
                .where(CONFERENCE.UNIT_ID.eq(scope.unit()))
                .orderBy(CONFERENCE.HELD_ON.desc(), CONFERENCE.ID.desc())
                .fetch(r -> new ConferenceChoice(r.value1(), r.value2(), r.value3()));
    }

    Figures figures(PetitionConditions scope, DashboardFilter filter, LocalDate today) {
        var counts = dsl.select(DSL.count(),
                        DSL.count().filterWhere(PETITION.STATE.ne(PetitionState.RESOLVED)),
                        DSL.count().filterWhere(PetitionConditions.overdue(today)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.ANSWERED)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.ESCALATED)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.RESOLVED)))
                .from(PETITION).where(selected(scope, filter)).fetchSingle();
        List<Integer> days = filter.isStillOpen() ? List.of() : daysToResolve(scope, filter);
        return new Figures(counts.value1(), counts.value2(), counts.value3(), counts.value4(), counts.value5(),
                counts.value6(), DashboardService.median(days));
    }

    /** Days from receipt to resolution, for each resolved petition received in the year: ix_petition_received alone. */
    private List<Integer> daysToResolve(PetitionConditions scope, DashboardFilter filter) {
        Field<Integer> days = PetitionConditions.daysToResolve();
        return dsl.select(days).from(PETITION)
                .where(selected(scope, filter)).and(PETITION.STATE.eq(PetitionState.RESOLVED))
                // A row written by hand as RESOLVED without an acceptance has no time to count from.
                .and(PETITION.RESOLVED_AT.isNotNull())
                .orderBy(days).fetch(days);
    }

    List<DomainRow> byDomain(PetitionConditions scope, DashboardFilter filter) {
        Map<String, Map<PetitionState, Integer>> rows = new LinkedHashMap<>();
        dsl.select(DOMAIN.NAME, PETITION.STATE, DSL.count())
                .from(PETITION)
                // STRAIGHT_JOIN: petitions first. The planner's estimate for the 7-row domain table's join (100
                // petitions a domain, where a ward has ~47,000) makes it start there and read the whole ward.
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .where(selected(scope, filter))
                .groupBy(DOMAIN.ID, DOMAIN.NAME, DOMAIN.SORT_ORDER, PETITION.STATE)
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME)
                .forEach(r -> rows.computeIfAbsent(r.value1(), k -> new EnumMap<>(PetitionState.class))
                        .put(r.value2(), r.value3()));
        List<DomainRow> result = new ArrayList<>();
        rows.forEach((name, counts) -> result.add(new DomainRow(name, Map.copyOf(counts))));
        return result;
    }

    List<DepartmentRow> byDepartment(PetitionConditions scope, DashboardFilter filter, LocalDate today) {
        return dsl.select(DEPARTMENT.NAME, DSL.count(), DSL.count().filterWhere(PetitionConditions.overdue(today)))
                .from(PETITION).leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(selected(scope, filter)).and(PETITION.STATE.ne(PetitionState.RESOLVED))
                .groupBy(PETITION.DEPARTMENT_ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER)
                .orderBy(DEPARTMENT.SORT_ORDER.asc().nullsLast(), DEPARTMENT.NAME)
                .fetch(r -> new DepartmentRow(r.value1(), r.value2(), r.value3()));
    }

    List<EscalatedItem> escalated(PetitionConditions scope, DashboardFilter filter, LocalDate today) {
        Field<Integer> daysWaiting = DSL.localDateDiff(DSL.val(today), ESCALATION.SENT_ON);
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE,
                        DSL.coalesce(UNIT.NAME, ESCALATION.AGENCY_NAME), ESCALATION.SENT_ON, daysWaiting)
                .from(PETITION)
                .join(ESCALATION).on(ESCALATION.PETITION_ID.eq(PETITION.ID)
                        .and(ESCALATION.REPLY_RECORDED_AT.isNull()))
                .leftJoin(UNIT).on(UNIT.ID.eq(ESCALATION.TARGET_UNIT_ID))
                .where(selected(scope, filter)).and(PETITION.STATE.eq(PetitionState.ESCALATED))
                .orderBy(ESCALATION.SENT_ON, PETITION.CODE)
                .fetch(r -> new EscalatedItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    List<MonthRow> byMonth(PetitionConditions scope, DashboardFilter filter) {
        if (filter.isStillOpen()) {
            return List.of();
        }
        int[] received = new int[13];
        int[] resolved = new int[13];
        Field<Integer> receivedMonth = DSL.month(PETITION.CREATED_AT);
        dsl.select(receivedMonth, DSL.count()).from(PETITION).where(selected(scope, filter))
                .groupBy(receivedMonth).forEach(r -> received[r.value1()] = r.value2());
        Field<Integer> resolvedMonth = DSL.month(PETITION.RESOLVED_AT);
        dsl.select(resolvedMonth, DSL.count()).from(PETITION).where(resolvedIn(scope, filter))
                .groupBy(resolvedMonth).forEach(r -> resolved[r.value1()] = r.value2());
        List<MonthRow> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthRow(month, received[month], resolved[month]));
        }
        return months;
    }

    /** The open and overdue petitions by the year they were received, oldest first; empty for a year's filter. */
    List<YearRow> openByYear(PetitionConditions scope, DashboardFilter filter, LocalDate today) {
        if (!filter.isStillOpen()) {
            return List.of();
        }
        Field<Integer> year = DSL.year(PETITION.CREATED_AT);
        return dsl.select(year, DSL.count(), DSL.count().filterWhere(PetitionConditions.overdue(today)))
                .from(PETITION).where(selected(scope, filter))
                .groupBy(year).orderBy(year)
                .fetch(r -> new YearRow(r.value1(), r.value2(), r.value3()));
    }

    /** The petitions the user may see, of the conference and domain chosen, if any. */
    private static Condition ofUnit(PetitionConditions scope, DashboardFilter filter) {
        Condition condition = scope.visible();
        if (filter.conference().isPresent()) {
            condition = condition.and(PETITION.CONFERENCE_ID.eq(filter.conference().get()));
        }
        if (filter.domain().isPresent()) {
            condition = condition.and(PETITION.DOMAIN_ID.eq(filter.domain().get()));
        }
        return condition;
    }

    /**
     * ... and either still open (unit, state: ix_petition_board and ix_petition_deadline read only the open rows) or
     * received in the filter's year (a range of ix_petition_received).
     */
    private static Condition selected(PetitionConditions scope, DashboardFilter filter) {
        if (filter.year().isEmpty()) {
            return ofUnit(scope, filter).and(PetitionConditions.open());
        }
        return ofUnit(scope, filter).and(PetitionConditions.receivedIn(filter.year().get()));
    }

    /**
     * Resolved (the Front accepted the answer) in the filter's year, of the unit's petitions of the conference and
     * domain: one range of ix_petition_resolved. resolved_at is written with the acceptance's history event.
     */
    private static Condition resolvedIn(PetitionConditions scope, DashboardFilter filter) {
        int year = filter.year().orElseThrow();
        return ofUnit(scope, filter).and(PETITION.RESOLVED_AT.ge(startOf(year)))
                .and(PETITION.RESOLVED_AT.lt(startOf(year + 1)));
    }

    private static LocalDateTime startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }
}
