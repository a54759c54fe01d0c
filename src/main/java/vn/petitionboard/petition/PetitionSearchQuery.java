package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record9;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.text.SearchText;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.jooq.tables.records.PetitionRecord;
import vn.petitionboard.organisation.UnitId;

/**
 * The petition list's read model: one statement per page, one for the count, one streamed for the export, all with
 * the same WHERE (unit, the officer's department, the filters). The text search looks each typed word up in
 * petition_search_term's primary key (unit_id, term, petition_id): every word but the last must be a whole term, the
 * last may be the start of one ("giai phong mat b" already finds "giải phóng mặt bằng"). Plans and figures:
 * docs/benchmarks/search-by-unit.md.
 */
@Repository
class PetitionSearchQuery {

    /** (unit_id, id, then every column the list filters and sorts by): 0011-petition-search-term-by-unit.sql. */
    private static final String LIST_INDEX = "ix_petition_list";
    /** petition_search_term's (petition_id) index, for writes: a search must never read it. */
    private static final String TERMS_BY_PETITION = "ix_petition_search_term_petition";
    /** How many of the unit's newest petitions a search's page looks among first. */
    static final int RECENT = 5_000;

    private final DSLContext dsl;

    PetitionSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The page's ids first, from petition and the search terms alone (a derived table with ORDER BY … LIMIT, which
     * neither server merges), then the names joined to those few rows: joined up front, the small domain,
     * conference and department tables went through join buffers and MariaDB sorted every match to return 50.
     * <p>
     * A text search first looks among the unit's {@link #RECENT} newest petitions: when they hold a whole page of
     * matches, those are the first matches of all (the window is the start of the same order), and a common word
     * costs a few thousand look-ups instead of one for each of its tens of thousands of petitions. A word too rare to
     * fill the page there is read from the term index whole, which is cheap because it is rare.
     */
    List<PetitionListRow> page(PetitionConditions scope, PetitionListFilter filter,
            LocalDate today, int offset, int limit) {
        if (isSearch(filter) && offset + limit <= RECENT) {
            List<PetitionListRow> rows = pageQuery(scope, filter, today, offset, limit, recent(scope, RECENT))
                    .fetch(PetitionSearchQuery::toRow);
            if (rows.size() == limit) {
                return rows;
            }
        }
        return pageQuery(scope, filter, today, offset, limit).fetch(PetitionSearchQuery::toRow);
    }

    /** The page statement itself, without the window of newest petitions (the benchmark EXPLAINs it). */
    org.jooq.ResultQuery<Record9<PetitionId, String, String, String, String, PetitionState, LocalDate, LocalDate,
            String>> pageQuery(PetitionConditions scope, PetitionListFilter filter,
            LocalDate today, int offset, int limit) {
        return pageQuery(scope, filter, today, offset, limit, null);
    }

    /** The page; with a {@code window} of petition ids, only the petitions in it. */
    org.jooq.ResultQuery<Record9<PetitionId, String, String, String, String, PetitionState, LocalDate, LocalDate,
            String>> pageQuery(PetitionConditions scope, PetitionListFilter filter,
            LocalDate today, int offset, int limit, Table<Record1<PetitionId>> window) {
        var ids = dsl.select(PETITION.ID.as("page_id"));
        var from = window == null ? ids.from(petitions(filter))
                // STRAIGHT_JOIN: the window of the newest ids drives. With a district's statistics (one ward of
                // 100,000 petitions beside 15 small ones) the planner read the whole ward's index and sorted it
                // instead: a rare word took 71 ms, 16 ms this way (docs/benchmarks/district-scale.md).
                : ids.from(window).straightJoin(petitions(filter))
                        .on(PETITION.ID.eq(window.field(0, PetitionId.class)));
        var page = from
                .where(where(scope, filter, today))
                .orderBy(PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc())
                .limit(limit).offset(offset)
                .asTable("page");
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, DOMAIN.NAME, DEPARTMENT.NAME,
                        PETITION.STATE, PETITION.DEADLINE, CONFERENCE.HELD_ON, CONFERENCE.TITLE)
                .from(page)
                .join(PETITION).on(PETITION.ID.eq(page.field("page_id", PETITION.ID.getDataType())))
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .join(CONFERENCE).on(CONFERENCE.ID.eq(PETITION.CONFERENCE_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .orderBy(PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc());
    }

    /**
     * The unit's {@code size} newest petitions in the list's order, read from uq_petition_code_seq (unit_id,
     * code_year, code_seq) alone. Only a narrowing: what the user may see is still
     * {@link PetitionConditions#visible()}.
     */
    Table<Record1<PetitionId>> recent(PetitionConditions scope, int size) {
        return dsl.select(PETITION.ID.as("recent_id")).from(PETITION)
                .where(PETITION.UNIT_ID.eq(scope.unit()))
                .orderBy(PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc())
                .limit(size)
                .asTable("recent");
    }

    int count(PetitionConditions scope, PetitionListFilter filter, LocalDate today) {
        return dsl.fetchCount(petitions(filter), where(scope, filter, today));
    }

    /** The count, stopping at {@code max}: the statement reads no more than {@code max} matches. */
    int countUpTo(PetitionConditions scope, PetitionListFilter filter, LocalDate today, int max) {
        var capped = dsl.select(PETITION.ID).from(petitions(filter)).where(where(scope, filter, today)).limit(max)
                .asTable("capped");
        return dsl.selectCount().from(capped).fetchSingle().value1();
    }

    /**
     * With a text search the candidates are petition ids from the term index, and each is checked against the scope
     * and the filters, and sorted, in {@link #LIST_INDEX} alone. Left to itself the planner reads each candidate's row
     * by primary key: a random page read per candidate once the table outgrows the buffer pool (a rare word took
     * 1.3 s at 1,000,000 petitions, docs/benchmarks/pages-after.md). Without text the list reads petitions in code
     * order and stops at the page, which this index would prevent.
     */
    private static Table<PetitionRecord> petitions(PetitionListFilter filter) {
        return isSearch(filter) ? PETITION.forceIndex(LIST_INDEX) : PETITION;
    }

    private static boolean isSearch(PetitionListFilter filter) {
        return filter.hasText();
    }

    /** Streams the rows to {@code sink} without holding them all (MySQL Connector/J streams at fetch size MIN). */
    void forEach(PetitionConditions scope, PetitionListFilter filter, LocalDate today,
            Consumer<PetitionExportRow> sink) {
        try (var cursor = rows(scope, filter, today).fetchSize(Integer.MIN_VALUE).fetchLazy()) {
            cursor.forEach(r -> sink.accept(new PetitionExportRow(new PetitionListRow(r.get(PETITION.ID),
                    r.get(PETITION.CODE), r.get(PETITION.TITLE), r.get(DOMAIN.NAME), r.get(DEPARTMENT.NAME),
                    r.get(PETITION.STATE), r.get(PETITION.DEADLINE), r.get(CONFERENCE.HELD_ON),
                    r.get(CONFERENCE.TITLE)), r.get(PETITION.CONTENT), r.get(REQUESTERS))));
        }
    }

    /** The delegates who raised a petition, in the order they spoke, each with their residential group. */
    private static final Field<String> REQUESTERS = DSL.field(DSL.select(DSL.groupConcat(
                    DSL.concat(DELEGATE.FULL_NAME, DSL.when(DELEGATE.RESIDENTIAL_GROUP.isNotNull(),
                            DSL.concat(DSL.inline(" ("), DELEGATE.RESIDENTIAL_GROUP, DSL.inline(")")))
                            .otherwise(DSL.inline(""))))
                    .orderBy(PETITION_REQUESTER.POSITION, DELEGATE.ID).separator("; "))
            .from(PETITION_REQUESTER).join(DELEGATE).on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
            .where(PETITION_REQUESTER.PETITION_ID.eq(PETITION.ID))).as("requesters");

    /** Every matching row with its names, content and requesters, newest code first: the export reads it all. */
    private org.jooq.ResultQuery<? extends Record> rows(PetitionConditions scope,
            PetitionListFilter filter, LocalDate today) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, DOMAIN.NAME, DEPARTMENT.NAME,
                        PETITION.STATE, PETITION.DEADLINE, CONFERENCE.HELD_ON, CONFERENCE.TITLE, PETITION.CONTENT,
                        REQUESTERS)
                .from(PETITION)
                // STRAIGHT_JOIN: read petitions first, in the order of uq_petition_code_seq, and stream them. Left to
                // itself MariaDB starts from the 7-row domain table and sorts every matching petition before the
                // first row comes out (docs/benchmarks/pages.md).
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .straightJoin(CONFERENCE).on(CONFERENCE.ID.eq(PETITION.CONFERENCE_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(where(scope, filter, today))
                // (code_year, code_seq) is unique in a unit: no tie-breaker needed, and the order is the index's.
                .orderBy(PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc());
    }

    static Condition where(PetitionConditions scope, PetitionListFilter filter, LocalDate today) {
        Condition where = scope.visible();
        if (filter.year().isPresent()) {
            where = where.and(PETITION.CODE_YEAR.eq(filter.year().get()));
        }
        if (filter.conference().isPresent()) {
            ConferenceId conference = filter.conference().get();
            where = where.and(PETITION.CONFERENCE_ID.eq(conference));
        }
        if (filter.domain().isPresent()) {
            where = where.and(PETITION.DOMAIN_ID.eq(filter.domain().get()));
        }
        if (filter.department().isPresent()) {
            where = where.and(PETITION.DEPARTMENT_ID.eq(filter.department().get()));
        }
        if (filter.state().isPresent()) {
            where = where.and(PETITION.STATE.eq(filter.state().get()));
        }
        if (filter.overdue()) {
            where = where.and(PetitionConditions.overdue(today));
        }
        if (filter.escalated()) {
            where = where.and(PETITION.STATE.eq(PetitionState.ESCALATED));
        }
        return where.and(matches(scope.unit(), filter.text()));
    }

    /**
     * Every typed word present, the last one as a prefix; each is one range of the (unit_id, term, petition_id) key
     * within the user's unit. The unit here only narrows the range read: who sees which petition is
     * {@link PetitionConditions#visible()}, on the petition itself. The planner starts from the word with the fewest
     * rows in the unit (its range estimates) and looks the others up by key. The (petition_id) index is ruled out:
     * with it MariaDB chose a LooseScan over the whole of it, every unit's terms.
     */
    static Condition matches(UnitId unit, String text) {
        List<String> terms = SearchText.terms(text);
        Condition condition = DSL.noCondition();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            // Terms hold only letters and digits, so nothing in them is a LIKE wildcard.
            Condition lookup = i == terms.size() - 1 && term.length() < SearchText.TERM_MAX
                    ? PETITION_SEARCH_TERM.TERM.like(term + "%")
                    : PETITION_SEARCH_TERM.TERM.eq(term);
            condition = condition.and(PETITION.ID.in(
                    DSL.select(PETITION_SEARCH_TERM.PETITION_ID)
                            .from(PETITION_SEARCH_TERM.ignoreIndex(TERMS_BY_PETITION))
                            .where(PETITION_SEARCH_TERM.UNIT_ID.eq(unit).and(lookup))));
        }
        return condition;
    }

    private static PetitionListRow toRow(Record9<PetitionId, String, String, String, String, PetitionState, LocalDate,
            LocalDate, String> r) {
        return new PetitionListRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8(), r.value9());
    }
}
