package vn.petitionboard.petition.live;

import static vn.petitionboard.jooq.Tables.LIVE_CHANGE;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.live.TableTail;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionMoved;
import vn.petitionboard.security.SignedInUser;

/** The live_change table: written in the change's transaction, read by id by every instance, emptied after a day. */
@Repository
class LiveChangeStore implements TableTail.Source<PetitionChange> {

    private final DSLContext dsl;

    LiveChangeStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(PetitionMoved change) {
        dsl.insertInto(LIVE_CHANGE)
                .set(LIVE_CHANGE.UNIT_ID, change.unit())
                .set(LIVE_CHANGE.PETITION_ID, change.petition())
                .set(LIVE_CHANGE.DEPARTMENT_ID, change.department())
                .set(LIVE_CHANGE.PREVIOUS_DEPARTMENT_ID, change.previousDepartment())
                // The petition's domain as this transaction leaves it (a move never changes it).
                .set(LIVE_CHANGE.DOMAIN_ID, DSL.select(PETITION.DOMAIN_ID).from(PETITION)
                        .where(PETITION.ID.eq(change.petition())))
                .set(LIVE_CHANGE.EVENT_TYPE, change.event())
                .set(LIVE_CHANGE.FROM_STATE, change.from())
                .set(LIVE_CHANGE.TO_STATE, change.to())
                .set(LIVE_CHANGE.ACTOR_ID, change.actor())
                .set(LIVE_CHANGE.ACTOR_NAME, change.actorName())
                .set(LIVE_CHANGE.CHANGED_AT, change.at())
                .execute();
    }

    /** Many petitions of a unit changed at once: every open page of the unit reads its data again. */
    void insertUnitWide(UnitId unit, HistoryEvent event, SignedInUser actor, LocalDateTime at) {
        dsl.insertInto(LIVE_CHANGE)
                .set(LIVE_CHANGE.UNIT_ID, unit)
                .set(LIVE_CHANGE.EVENT_TYPE, event)
                .set(LIVE_CHANGE.ACTOR_ID, actor.id())
                .set(LIVE_CHANGE.ACTOR_NAME, actor.fullName())
                .set(LIVE_CHANGE.CHANGED_AT, at)
                .execute();
    }

    @Override
    public long highestId() {
        Long max = dsl.select(DSL.max(LIVE_CHANGE.ID)).from(LIVE_CHANGE).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** The rows after the id, oldest first (the primary key's range). */
    @Override
    public List<PetitionChange> after(long id, int limit) {
        return dsl.selectFrom(LIVE_CHANGE).where(LIVE_CHANGE.ID.gt(id)).orderBy(LIVE_CHANGE.ID).limit(limit)
                .fetch(r -> new PetitionChange(r.getId(), r.getUnitId(), r.getPetitionId(), r.getDepartmentId(),
                        r.getPreviousDepartmentId(), r.getDomainId(), r.getEventType(), r.getFromState(), r.getToState(),
                        r.getActorId(), r.getActorName(), r.getChangedAt()));
    }

    /** Deletes up to limit rows older than the moment; returns how many. */
    int deleteBefore(LocalDateTime moment, int limit) {
        return dsl.deleteFrom(LIVE_CHANGE).where(LIVE_CHANGE.CHANGED_AT.lt(moment)).orderBy(LIVE_CHANGE.CHANGED_AT)
                .limit(limit).execute();
    }
}
