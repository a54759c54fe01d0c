package vn.petitionboard.conference;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;

/** Conferences and delegates of a unit. Petition counts come from {@link PetitionCounter}, added by the service. */
@Repository
class ConferenceQuery {

    private final DSLContext dsl;

    ConferenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest first, with a petition count of 0 for the service to fill in. */
    List<ConferenceSummary> list(UnitId unit, int offset, int limit) {
        return summaries().where(CONFERENCE.UNIT_ID.eq(unit))
                .orderBy(CONFERENCE.HELD_ON.desc(), CONFERENCE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(ConferenceQuery::toSummary);
    }

    int count(UnitId unit) {
        return dsl.fetchCount(CONFERENCE, CONFERENCE.UNIT_ID.eq(unit));
    }

    Optional<ConferenceSummary> find(ConferenceId id, UnitId unit) {
        return summaries().where(CONFERENCE.ID.eq(id).and(CONFERENCE.UNIT_ID.eq(unit)))
                .fetchOptional(ConferenceQuery::toSummary);
    }

    /** The unit's delegates whose name contains {@code text} (all of them when it is null). */
    List<DelegateOption> delegates(UnitId unit, String text, int offset, int limit) {
        Condition condition = DELEGATE.UNIT_ID.eq(unit);
        if (text != null) {
            condition = condition.and(DELEGATE.FULL_NAME.contains(text));
        }
        return dsl.select(DELEGATE.ID, DELEGATE.FULL_NAME, DELEGATE.ORGANISATION, DELEGATE.RESIDENTIAL_GROUP)
                .from(DELEGATE)
                .where(condition)
                .orderBy(DELEGATE.FULL_NAME, DELEGATE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new DelegateOption(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private SelectJoinStep<? extends Record> summaries() {
        return dsl.select(CONFERENCE.ID, CONFERENCE.KIND, CONFERENCE.TITLE, CONFERENCE.HELD_ON, CONFERENCE.VENUE,
                        CONFERENCE.CHAIRS, CONFERENCE.PLAN_NUMBER, CONFERENCE.LEGAL_BASIS, CONFERENCE.DELEGATE_COUNT,
                        CONFERENCE.MINUTES_NOTE, CONFERENCE.VERSION)
                .from(CONFERENCE);
    }

    private static ConferenceSummary toSummary(Record r) {
        return new ConferenceSummary(r.get(CONFERENCE.ID), r.get(CONFERENCE.KIND), r.get(CONFERENCE.TITLE),
                r.get(CONFERENCE.HELD_ON), r.get(CONFERENCE.VENUE), r.get(CONFERENCE.CHAIRS),
                r.get(CONFERENCE.PLAN_NUMBER), r.get(CONFERENCE.LEGAL_BASIS), r.get(CONFERENCE.DELEGATE_COUNT),
                r.get(CONFERENCE.MINUTES_NOTE), 0, r.get(CONFERENCE.VERSION));
    }
}
