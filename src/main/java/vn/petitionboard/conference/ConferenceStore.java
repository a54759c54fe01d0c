package vn.petitionboard.conference;

import static vn.petitionboard.jooq.Tables.CONFERENCE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.UserId;

/** Writes of conferences; an edit is guarded by the version the clerk saw. */
@Repository
class ConferenceStore {

    /** A conference's fields as checked and cleaned by the service. */
    record Fields(ConferenceKind kind, String title, LocalDate heldOn, String venue, String chairs,
            String planNumber, String legalBasis, Integer delegateCount, String minutesNote) {
    }

    private final DSLContext dsl;

    ConferenceStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    ConferenceId insert(Fields fields, UnitId unit, UserId by, LocalDateTime at) {
        return dsl.insertInto(CONFERENCE)
                .set(columns(fields))
                .set(CONFERENCE.UNIT_ID, unit)
                .set(CONFERENCE.CREATED_BY, by)
                .set(CONFERENCE.CREATED_AT, at)
                .returningResult(CONFERENCE.ID)
                .fetchOne(CONFERENCE.ID);
    }

    /** False when the conference is not the unit's or someone changed it first. */
    boolean update(ConferenceId id, int version, Fields fields, UnitId unit) {
        return dsl.update(CONFERENCE)
                .set(columns(fields))
                .set(CONFERENCE.VERSION, CONFERENCE.VERSION.plus(1))
                .where(CONFERENCE.ID.eq(id).and(CONFERENCE.UNIT_ID.eq(unit)).and(CONFERENCE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The columns a form writes, the same for a new conference and an edit. */
    private static Map<Field<?>, Object> columns(Fields f) {
        Map<Field<?>, Object> columns = new HashMap<>();
        columns.put(CONFERENCE.KIND, f.kind());
        columns.put(CONFERENCE.TITLE, f.title());
        columns.put(CONFERENCE.HELD_ON, f.heldOn());
        columns.put(CONFERENCE.VENUE, f.venue());
        columns.put(CONFERENCE.CHAIRS, f.chairs());
        columns.put(CONFERENCE.PLAN_NUMBER, f.planNumber());
        columns.put(CONFERENCE.LEGAL_BASIS, f.legalBasis());
        columns.put(CONFERENCE.DELEGATE_COUNT, f.delegateCount());
        columns.put(CONFERENCE.MINUTES_NOTE, f.minutesNote());
        return columns;
    }
}
