package vn.petitionboard.board;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.Record2;
import org.jooq.Record6;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * The board's read model. Each column page is one SQL statement that seeks past the last card, served by an index
 * in the page's order (ix_petition_board* for the board's order, ix_petition_lane for overdue first) and stopped at
 * the page size; the counts, of the columns or of every domain's lane, are one grouped statement each.
 * The user's scope (unit, and department for officers) is part of every WHERE, from {@link PetitionConditions}.
 */
@Repository
class BoardQuery {

    /** Overdue first: by deadline, earliest first, the cards without a deadline after them (MariaDB sorts NULL first). */
    private static final Comparator<PetitionCard> BY_DEADLINE = Comparator
            .comparing(PetitionCard::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(card -> card.id().value());

    private final DSLContext dsl;

    BoardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    ColumnPage page(PetitionConditions scope, BoardFilter filter, PetitionState state, Optional<BoardCursor> after,
            int limit) {
        // One row more than asked tells whether there is a next page, without a second query.
        var rows = pageQuery(scope, filter, state, after, limit + 1).fetch();
        // Domain and department names repeat on every card and are few (a unit's reference data): interned, every
        // open board shares one copy of each instead of keeping a copy per card; so are departments and deadlines.
        List<PetitionCard> cards = new ArrayList<>(rows.map(r -> new PetitionCard(r.value1(), r.value2(),
                r.value3(), r.value4(), intern(r.value5()), SharedValues.department(r.value6()), intern(r.value7()),
                SharedValues.date(r.value8()), r.value9(), r.value10())));
        if (byDeadline(filter, state)) {
            // The statement's two parts (with and without a deadline) each bring up to a page: one page from both.
            cards.sort(BY_DEADLINE);
            if (cards.size() > limit + 1) {
                cards.subList(limit + 1, cards.size()).clear();
            }
        }
        boolean more = cards.size() > limit;
        if (more) {
            cards.removeLast();
        }
        return new ColumnPage(List.copyOf(cards), more ? Optional.of(cards.getLast().cursor()) : Optional.empty());
    }

    private static String intern(String name) {
        return name == null ? null : name.intern();
    }

    /** Whether the column is listed by deadline: overdue first, in a state where a petition can be overdue. */
    private static boolean byDeadline(BoardFilter filter, PetitionState state) {
        return filter.order() == CardOrder.OVERDUE_FIRST && !PetitionState.NOT_DUE.contains(state);
    }

    /** The column page statement itself (the benchmarks EXPLAIN it). */
    ResultQuery<? extends Record10<PetitionId, String, String, PetitionState, String, DepartmentId, String, LocalDate,
            LocalDateTime, Integer>> pageQuery(PetitionConditions scope, BoardFilter filter, PetitionState state,
            Optional<BoardCursor> after, int rows) {
        if (byDeadline(filter, state)) {
            return overdueFirstQuery(scope, filter, state, after, rows);
        }
        var query = cards(scope, filter, state).orderBy(PETITION.STATE_CHANGED_AT, PETITION.ID);
        return after.isPresent()
                ? query.seek(after.get().stateChangedAt(), after.get().id()).limit(rows)
                : query.limit(rows);
    }

    /**
     * Overdue first as one statement of two parts, each read along ix_petition_lane (unit, domain, state, deadline,
     * id) in its own order and stopped at the page size: the cards with a deadline by (deadline, id), then those
     * without one by id. One ORDER BY over both would sort every card of the column (the index has NULL first).
     * Past the last dated card, only the second part is left.
     */
    private ResultQuery<Record10<PetitionId, String, String, PetitionState, String, DepartmentId, String, LocalDate,
            LocalDateTime, Integer>> overdueFirstQuery(PetitionConditions scope, BoardFilter filter,
            PetitionState state, Optional<BoardCursor> after, int rows) {
        var undated = cards(scope, filter, state).and(PETITION.DEADLINE.isNull()).orderBy(PETITION.ID);
        Optional<BoardCursor> afterUndated = after.filter(cursor -> cursor.deadline() == null);
        var undatedPart = afterUndated.isPresent()
                ? undated.seek(afterUndated.get().id()).limit(rows)
                : undated.limit(rows);
        if (afterUndated.isPresent()) {
            return undatedPart;
        }
        var dated = cards(scope, filter, state).and(PETITION.DEADLINE.isNotNull())
                .orderBy(PETITION.DEADLINE, PETITION.ID);
        var datedPart = after.isPresent()
                ? dated.seek(after.get().deadline(), after.get().id()).limit(rows)
                : dated.limit(rows);
        return datedPart.unionAll(undatedPart);
    }

    private SelectConditionStep<Record10<PetitionId, String, String, PetitionState, String, DepartmentId, String,
            LocalDate, LocalDateTime, Integer>> cards(PetitionConditions scope, BoardFilter filter,
            PetitionState state) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, DOMAIN.NAME,
                        PETITION.DEPARTMENT_ID, DEPARTMENT.NAME, PETITION.DEADLINE, PETITION.STATE_CHANGED_AT,
                        PETITION.VERSION)
                .from(PETITION)
                // STRAIGHT_JOIN: read petitions first, along the index in the page's order, and stop at the page
                // size. Left to itself MariaDB starts from the 7-row domain table and then sorts every petition of
                // the column (see docs/benchmarks/board-query.md).
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(visible(scope, filter))
                .and(PETITION.STATE.eq(state));
    }

    Map<PetitionState, Integer> counts(PetitionConditions scope, BoardFilter filter) {
        Map<PetitionState, Integer> counts = new EnumMap<>(PetitionState.class);
        countsQuery(scope, filter).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /**
     * The columns' counts, one statement: a count per column with the state as an equality, joined by UNION ALL, so
     * each reads only its column's entries of the board index whatever the index statistics say. One count with
     * {@code state IN (…)} was read through (unit, domain) alone when InnoDB's sampled statistics underestimated that
     * prefix: every petition of the domain, resolved ones too, 30,303 entries instead of 364 on 1,000,000 petitions
     * (docs/benchmarks/board-counts-explain.md).
     */
    ResultQuery<Record2<PetitionState, Integer>> countsQuery(PetitionConditions scope, BoardFilter filter) {
        Condition visible = visible(scope, filter);
        return PetitionState.UNRESOLVED.stream()
                .<Select<Record2<PetitionState, Integer>>>map(state -> dsl
                        .select(DSL.val(state, PETITION.STATE), DSL.count())
                        .from(PETITION)
                        .where(visible)
                        .and(PETITION.STATE.eq(state)))
                .reduce(Select::unionAll)
                .orElseThrow();
    }

    /**
     * Every domain's lane, in the domains' sort order, from one statement ({@link #lanesQuery}). Active domains come
     * with or without petitions, an inactive one only while it still has unresolved petitions, so that the lanes add
     * up to the board.
     */
    List<DomainLane> lanes(PetitionConditions scope, LocalDate today) {
        Map<DomainId, LaneBuilder> lanes = new LinkedHashMap<>();
        lanesQuery(scope, today).forEach(r -> {
            LaneBuilder lane = lanes.computeIfAbsent(r.value1(), id -> new LaneBuilder(id, r.value2(), r.value3()));
            if (r.value4() != null) {
                lane.counts.put(r.value4(), r.value5());
                lane.overdue += r.value6();
            }
        });
        return lanes.values().stream().map(LaneBuilder::build).toList();
    }

    /**
     * The lanes' statement (the benchmark EXPLAINs it): the unresolved petitions the user may see, counted per
     * (state, domain) with the overdue ones in a derived table of at most (states x domains) rows, to which the
     * domain table is joined for names, sort order and the active domains without petitions.
     */
    ResultQuery<Record6<DomainId, String, String, PetitionState, Integer, Integer>> lanesQuery(
            PetitionConditions scope, LocalDate today) {
        var counted = dsl.select(PETITION.DOMAIN_ID, PETITION.STATE, DSL.count().as("cards"),
                        DSL.count().filterWhere(PetitionConditions.overdue(today)).as("overdue"))
                .from(PETITION)
                .where(scope.visible())
                .and(PetitionConditions.open())
                .groupBy(PETITION.STATE, PETITION.DOMAIN_ID)
                .asTable("counted");
        Field<DomainId> countedDomain = counted.field(PETITION.DOMAIN_ID);
        return dsl.select(DOMAIN.ID, DOMAIN.CODE, DOMAIN.NAME, counted.field(PETITION.STATE),
                        counted.field("cards", Integer.class), counted.field("overdue", Integer.class))
                .from(DOMAIN)
                .leftJoin(counted).on(countedDomain.eq(DOMAIN.ID))
                .where(DOMAIN.ACTIVE.isTrue().or(countedDomain.isNotNull()))
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME, DOMAIN.ID);
    }

    private static final class LaneBuilder {
        private final DomainId domain;
        private final String code;
        private final String name;
        private final Map<PetitionState, Integer> counts = new EnumMap<>(PetitionState.class);
        private int overdue;

        LaneBuilder(DomainId domain, String code, String name) {
            this.domain = domain;
            this.code = code;
            this.name = name;
            PetitionState.UNRESOLVED.forEach(state -> counts.put(state, 0));
        }

        DomainLane build() {
            return new DomainLane(domain, code, name, Collections.unmodifiableMap(counts), overdue);
        }
    }

    private static Condition visible(PetitionConditions scope, BoardFilter filter) {
        Condition condition = scope.visible();
        return filter.domain().isPresent() ? condition.and(PETITION.DOMAIN_ID.eq(filter.domain().get())) : condition;
    }
}
