package vn.petitionboard.district;

import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.district.DistrictOverview.DomainRow;
import vn.petitionboard.district.DistrictOverview.WardOption;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;

/**
 * The district overview's figures: each a grouped statement over all the district's wards at once (by ward, by
 * domain), never one statement per ward, and never a petition per row into Java: the medians come from counts per
 * number of days. The figures are the ward dashboard's (DashboardQuery.figures): the same conditions from
 * {@link PetitionConditions}, the same choice of petitions.
 */
@Repository
class DistrictQuery {

    private final DSLContext dsl;

    DistrictQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The district's name, if the unit is a district. */
    Optional<String> districtName(UnitId district) {
        return dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(district)).and(UNIT.KIND.eq("DISTRICT"))
                .fetchOptional(UNIT.NAME);
    }

    /** The district's own wards (its child units of kind WARD), by name; through the parent's foreign-key index. */
    List<WardOption> wards(UnitId district) {
        return dsl.select(UNIT.ID, UNIT.NAME).from(UNIT)
                .where(UNIT.PARENT_ID.eq(district)).and(UNIT.KIND.eq("WARD"))
                .orderBy(UNIT.NAME, UNIT.ID)
                .fetch(r -> new WardOption(r.value1(), r.value2()));
    }

    /**
     * The first day any of the wards received a petition: MIN per ward, which reads one entry of ix_petition_received
     * per ward (a loose index scan), not the wards' petitions.
     */
    Optional<LocalDateTime> firstReceived(List<UnitId> wards) {
        if (wards.isEmpty()) {
            return Optional.empty();
        }
        return dsl.select(PETITION.UNIT_ID, DSL.min(PETITION.CREATED_AT)).from(PETITION)
                .where(PetitionConditions.ofWards(wards)).groupBy(PETITION.UNIT_ID)
                .fetch(r -> r.value2()).stream().min(LocalDateTime::compareTo);
    }

    /** How many of the year's resolved petitions took each number of days, per ward; none for "still open". */
    Map<UnitId, DayCounts> daysByWard(List<UnitId> wards, Optional<Integer> year) {
        return year.isPresent() ? days(wards, year.get(), PETITION.UNIT_ID) : Map.of();
    }

    /** Each ward's figures; wards with no petition in the choice are absent. */
    Map<UnitId, Figures> byWard(List<UnitId> wards, Optional<Integer> year, LocalDate today,
            Map<UnitId, DayCounts> days) {
        Map<UnitId, Figures> result = new HashMap<>();
        counts(PETITION.UNIT_ID, wards, year, today).forEach(r -> result.put(r.value1(), figures(r,
                days.getOrDefault(r.value1(), new DayCounts()))));
        return result;
    }

    /** The district's own figures: the wards' counts added up, the median over all their resolved petitions. */
    static Figures district(Map<UnitId, Figures> byWard, Map<UnitId, DayCounts> daysByWard) {
        DayCounts all = new DayCounts();
        daysByWard.values().forEach(all::addAll);
        int total = 0;
        int open = 0;
        int overdue = 0;
        int answered = 0;
        int escalated = 0;
        int resolved = 0;
        for (Figures f : byWard.values()) {
            total += f.total();
            open += f.open();
            overdue += f.overdue();
            answered += f.awaitingReview();
            escalated += f.waitingOnHigherLevel();
            resolved += f.resolvedOfTotal();
        }
        return new Figures(total, open, overdue, answered, escalated, resolved, all.median());
    }

    /** Each domain's figures across the wards, in the domains' order; only domains with petitions in the choice. */
    List<DomainRow> byDomain(List<UnitId> wards, Optional<Integer> year, LocalDate today) {
        Map<DomainId, DayCounts> days = year.isPresent() ? days(wards, year.get(), PETITION.DOMAIN_ID) : Map.of();
        Map<DomainId, Figures> figures = new HashMap<>();
        counts(PETITION.DOMAIN_ID, wards, year, today).forEach(r -> figures.put(r.value1(), figures(r,
                days.getOrDefault(r.value1(), new DayCounts()))));
        if (figures.isEmpty()) {
            return List.of();
        }
        return dsl.select(DOMAIN.ID, DOMAIN.NAME).from(DOMAIN).where(DOMAIN.ID.in(figures.keySet()))
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME)
                .fetch(r -> new DomainRow(r.value1(), r.value2(), figures.get(r.value1())));
    }

    /**
     * The counts behind {@link Figures}, grouped by a column of the petition: still open, from ix_petition_deadline
     * (unit, state, deadline, domain) alone; a year, from a range of ix_petition_received per ward.
     */
    private <K> List<Record7<K, Integer, Integer, Integer, Integer, Integer, Integer>> counts(Field<K> by,
            List<UnitId> wards, Optional<Integer> year, LocalDate today) {
        if (wards.isEmpty()) {
            return List.of();
        }
        return dsl.select(by, DSL.count(),
                        DSL.count().filterWhere(PETITION.STATE.ne(PetitionState.RESOLVED)),
                        DSL.count().filterWhere(PetitionConditions.overdue(today)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.ANSWERED)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.ESCALATED)),
                        DSL.count().filterWhere(PETITION.STATE.eq(PetitionState.RESOLVED)))
                .from(PETITION).where(selected(wards, year)).groupBy(by)
                .fetch();
    }

    /** How many of the year's resolved petitions took each number of days, per value of the column. */
    private <K> Map<K, DayCounts> days(List<UnitId> wards, int year, Field<K> by) {
        Map<K, DayCounts> result = new HashMap<>();
        if (wards.isEmpty()) {
            return result;
        }
        Field<Integer> days = PetitionConditions.daysToResolve();
        dsl.select(by, days, DSL.count()).from(PETITION)
                .where(selected(wards, Optional.of(year))).and(PETITION.STATE.eq(PetitionState.RESOLVED))
                // As the ward's dashboard: a row written by hand as RESOLVED without an acceptance has no time.
                .and(PETITION.RESOLVED_AT.isNotNull())
                .groupBy(by, days)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new DayCounts()).add(r.value2(), r.value3()));
        return result;
    }

    private static Figures figures(Record7<?, Integer, Integer, Integer, Integer, Integer, Integer> r, DayCounts days) {
        return new Figures(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), days.median());
    }

    /** The wards' petitions of the choice: still open (the default), or received in the year. */
    static Condition selected(List<UnitId> wards, Optional<Integer> year) {
        Condition condition = PetitionConditions.ofWards(wards);
        return year.isEmpty() ? condition.and(PetitionConditions.open())
                : condition.and(PetitionConditions.receivedIn(year.get()));
    }
}
