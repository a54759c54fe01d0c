package vn.petitionboard.board;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * The board's read model. Each column page is one SQL statement that seeks past the last card on
 * (state_changed_at, id), served by the ix_petition_board* indexes; the counts are one grouped statement.
 * The user's scope (unit, and department for officers) is part of every WHERE, from {@link PetitionConditions}.
 */
@Repository
class BoardQuery {

    private final DSLContext dsl;

    BoardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    ColumnPage page(PetitionConditions scope, BoardFilter filter, PetitionState state, Optional<BoardCursor> after,
            int limit) {
        // One row more than asked tells whether there is a next page, without a second query.
        var rows = pageQuery(scope, filter, state, after, limit + 1).fetch();
        // Domain and department names repeat on every card and are few (a unit's reference data): interned, every
        // open board shares one copy of each instead of keeping a copy per card.
        List<PetitionCard> cards = new ArrayList<>(rows.map(r -> new PetitionCard(r.value1(), r.value2(),
                r.value3(), r.value4(), intern(r.value5()), r.value6(), intern(r.value7()), r.value8(), r.value9(),
                r.value10())));
        boolean more = cards.size() > limit;
        if (more) {
            cards.removeLast();
        }
        return new ColumnPage(List.copyOf(cards), more ? Optional.of(cards.getLast().cursor()) : Optional.empty());
    }

    private static String intern(String name) {
        return name == null ? null : name.intern();
    }

    /** The column page statement itself (the benchmark EXPLAINs it). */
    ResultQuery<? extends Record10<PetitionId, String, String, PetitionState, String, DepartmentId, String, LocalDate,
            LocalDateTime, Integer>> pageQuery(PetitionConditions scope, BoardFilter filter, PetitionState state,
            Optional<BoardCursor> after, int rows) {
        var query = dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, DOMAIN.NAME,
                        PETITION.DEPARTMENT_ID, DEPARTMENT.NAME, PETITION.DEADLINE, PETITION.STATE_CHANGED_AT,
                        PETITION.VERSION)
                .from(PETITION)
                // STRAIGHT_JOIN: read petitions first, along ix_petition_board* in (state_changed_at, id) order,
                // and stop at the page size. Left to itself MariaDB starts from the 7-row domain table and then
                // sorts every petition of the column (see docs/benchmarks/board-query.md).
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(visible(scope, filter))
                .and(PETITION.STATE.eq(state))
                .orderBy(PETITION.STATE_CHANGED_AT, PETITION.ID);
        return after.isPresent()
                ? query.seek(after.get().stateChangedAt(), after.get().id()).limit(rows)
                : query.limit(rows);
    }

    Map<PetitionState, Integer> counts(PetitionConditions scope, BoardFilter filter) {
        Map<PetitionState, Integer> counts = new EnumMap<>(PetitionState.class);
        PetitionState.UNRESOLVED.forEach(state -> counts.put(state, 0));
        dsl.select(PETITION.STATE, DSL.count())
                .from(PETITION)
                .where(visible(scope, filter))
                .and(PetitionConditions.open())
                .groupBy(PETITION.STATE)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    private static Condition visible(PetitionConditions scope, BoardFilter filter) {
        Condition condition = scope.visible();
        return filter.domain().isPresent() ? condition.and(PETITION.DOMAIN_ID.eq(filter.domain().get())) : condition;
    }
}
