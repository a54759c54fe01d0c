package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;

/**
 * Petitions per conference, within what the user may see: one grouped statement for a page of conferences, and the
 * latest petitions of one conference (two statements: the petitions, then their requesters' names).
 */
@Repository
class ConferencePetitionsQuery {

    private final DSLContext dsl;

    ConferencePetitionsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<ConferenceId, Integer> countPerConference(PetitionConditions scope, Collection<ConferenceId> conferences) {
        if (conferences.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PETITION.CONFERENCE_ID, DSL.count())
                .from(PETITION)
                .where(scope.visible()).and(PETITION.CONFERENCE_ID.in(conferences))
                .groupBy(PETITION.CONFERENCE_ID)
                .fetchMap(PETITION.CONFERENCE_ID, DSL.count());
    }

    /** The conference's latest petitions, newest first (ix_petition_conference_scope, then the rows by id). */
    List<ConferencePetition> latest(PetitionConditions scope, ConferenceId conference, int limit) {
        Map<PetitionId, ConferencePetition> rows = new LinkedHashMap<>();
        dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE)
                .from(PETITION)
                .where(scope.visible()).and(PETITION.CONFERENCE_ID.eq(conference))
                .orderBy(PETITION.ID.desc())
                .limit(limit)
                .forEach(r -> rows.put(r.value1(), new ConferencePetition(r.value1(), r.value2(), r.value3(),
                        r.value4(), new ArrayList<>())));
        if (rows.isEmpty()) {
            return List.of();
        }
        dsl.select(PETITION_REQUESTER.PETITION_ID, DELEGATE.FULL_NAME)
                .from(PETITION_REQUESTER)
                .join(DELEGATE).on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
                .where(PETITION_REQUESTER.PETITION_ID.in(rows.keySet()))
                .orderBy(PETITION_REQUESTER.PETITION_ID, PETITION_REQUESTER.POSITION, DELEGATE.FULL_NAME)
                .forEach(r -> rows.get(r.value1()).requesterNames().add(r.value2()));
        return rows.values().stream().map(p -> new ConferencePetition(p.id(), p.code(), p.title(), p.state(),
                List.copyOf(p.requesterNames()))).toList();
    }
}
