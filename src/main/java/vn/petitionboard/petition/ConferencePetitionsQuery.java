package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;

/** Petitions per conference, within what the user may see: one grouped statement for a page of conferences. */
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
}
