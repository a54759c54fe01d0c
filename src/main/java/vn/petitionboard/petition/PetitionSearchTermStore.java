package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.text.SearchText;

/**
 * Keeps petition_search_term in step with the searchable text: code, title, content, domain name and the delegates'
 * names (and the codes of the duplicates merged into it), folded by {@link SearchText}, each row under the petition's unit (a petition never changes unit). Called in
 * the same transaction as every write that changes that text, so the search never sees a petition without its terms.
 */
@Repository
class PetitionSearchTermStore {

    private final DSLContext dsl;

    PetitionSearchTermStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the petition's terms with those of its current text. */
    void reindex(PetitionId id) {
        dsl.deleteFrom(PETITION_SEARCH_TERM).where(PETITION_SEARCH_TERM.PETITION_ID.eq(id)).execute();
        insertTerms(List.of(id));
    }

    /**
     * Petitions with an id in (after, upTo] without any term (rows from before this table, or written by SQL). The
     * id window bounds the work of one statement however few rows are missing.
     */
    List<PetitionId> missing(long after, long upTo, int limit) {
        return dsl.select(PETITION.ID).from(PETITION)
                .where(PETITION.ID.gt(new PetitionId(after)).and(PETITION.ID.le(new PetitionId(upTo))))
                .andNotExists(DSL.selectOne().from(PETITION_SEARCH_TERM)
                        .where(PETITION_SEARCH_TERM.PETITION_ID.eq(PETITION.ID)))
                .orderBy(PETITION.ID)
                .limit(limit)
                .fetch(PETITION.ID);
    }

    /** The highest petition id, 0 when there is none. */
    long maxPetitionId() {
        PetitionId max = dsl.select(DSL.max(PETITION.ID)).from(PETITION).fetchOne(0, PetitionId.class);
        return max == null ? 0 : max.value();
    }

    /** Adds the terms of these petitions (INSERT IGNORE: two instances back-filling at once do no harm). */
    void insertTerms(List<PetitionId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var texts = dsl.select(PETITION.ID, PETITION.UNIT_ID, PETITION.CODE, PETITION.TITLE, PETITION.CONTENT,
                        DOMAIN.NAME, delegateNames(), mergedCodes())
                .from(PETITION)
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .where(PETITION.ID.in(ids))
                .fetch();
        List<org.jooq.Query> inserts = new ArrayList<>();
        for (var row : texts) {
            // The petition's unit leads the key: a search reads only its own unit's rows of a word.
            var insert = dsl.insertInto(PETITION_SEARCH_TERM, PETITION_SEARCH_TERM.UNIT_ID,
                    PETITION_SEARCH_TERM.TERM, PETITION_SEARCH_TERM.PETITION_ID);
            List<String> terms = SearchText.terms(row.value3(), row.value4(), row.value5(), row.value6(),
                    row.value7(), row.value8());
            if (terms.isEmpty()) {
                continue;
            }
            var values = insert.values(row.value2(), terms.getFirst(), row.value1());
            for (String term : terms.subList(1, terms.size())) {
                values = values.values(row.value2(), term, row.value1());
            }
            inserts.add(values.onDuplicateKeyIgnore());
        }
        dsl.batch(inserts).execute();
    }

    /**
     * The codes of the duplicates merged into the petition: searching a merged code finds the petition it lives on in
     * (the merged one is never listed, PetitionConditions.visible()).
     */
    private static org.jooq.Field<String> mergedCodes() {
        var merged = PETITION.as("merged");
        return DSL.field(DSL.select(DSL.groupConcat(merged.CODE).separator(" ")).from(merged)
                .where(merged.MERGED_INTO_ID.eq(PETITION.ID)));
    }

    /** All the petition's delegates' names in one string (folding splits them into words anyway). */
    private static org.jooq.Field<String> delegateNames() {
        Select<Record1<String>> names = DSL.select(DSL.groupConcat(DELEGATE.FULL_NAME).separator(" "))
                .from(PETITION_REQUESTER)
                .join(DELEGATE).on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
                .where(PETITION_REQUESTER.PETITION_ID.eq(PETITION.ID));
        return DSL.field(names);
    }
}
