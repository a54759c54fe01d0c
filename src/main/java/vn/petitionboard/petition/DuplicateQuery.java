package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;

/**
 * Open petitions of a unit ranked by how many of the given folded words their search terms share, in one statement:
 * the words are ranges of petition_search_term's primary key (unit_id, term, petition_id), counted per petition
 * (each (term, petition) is one row, so the count is of distinct words), and only the petitions with enough of them
 * are joined to petition by its primary key. Plan: docs/benchmarks/duplicates-explain.md.
 */
@Repository
class DuplicateQuery {

    /** petition_search_term's (petition_id) index, for writes: this read must never scan it. */
    private static final String TERMS_BY_PETITION = "ix_petition_search_term_petition";

    private final DSLContext dsl;

    DuplicateQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<LikelyDuplicate> likelyDuplicates(PetitionConditions scope, List<String> terms, int minMatches, int limit) {
        return statement(scope, terms, minMatches, limit).fetch(r -> new LikelyDuplicate(r.value1(), r.value2(),
                r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    /** The statement itself (the benchmark EXPLAINs it). */
    ResultQuery<org.jooq.Record8<PetitionId, String, String, PetitionState, Integer, String, Integer, Integer>>
            statement(PetitionConditions scope, List<String> terms, int minMatches, int limit) {
        Field<Integer> matched = DSL.count().as("matched");
        var matches = dsl.select(PETITION_SEARCH_TERM.PETITION_ID.as("match_id"), matched)
                .from(PETITION_SEARCH_TERM.ignoreIndex(TERMS_BY_PETITION))
                .where(PETITION_SEARCH_TERM.UNIT_ID.eq(scope.unit()).and(PETITION_SEARCH_TERM.TERM.in(terms)))
                .groupBy(PETITION_SEARCH_TERM.PETITION_ID)
                .having(DSL.count().ge(minMatches))
                .asTable("matches");
        Field<PetitionId> matchId = matches.field("match_id", PETITION.ID.getDataType());
        Field<Integer> matchedWords = matches.field("matched", Integer.class);
        Field<Integer> requesters = DSL.field(DSL.selectCount().from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(PETITION.ID))).as("requesters");
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, PETITION.VERSION, DOMAIN.NAME,
                        requesters, matchedWords)
                .from(matches)
                .join(PETITION).on(PETITION.ID.eq(matchId))
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                // Who may see the row and whether it is still open are the petition's own rules; the unit of the
                // terms above only narrows what is read.
                .where(scope.visible().and(PetitionConditions.open()))
                .orderBy(matchedWords.desc(), PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc())
                .limit(limit);
    }
}
