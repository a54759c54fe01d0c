package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_CODE_COUNTER;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.SignedInUser;

/** Writes of intake: the petition code counter, new petitions, delegates and who raised what. */
@Repository
class IntakeStore {

    /** A captured petition's row, as the clerk's command and the counter decided it. */
    record NewPetition(ConferenceId conference, String code, int year, int seq, String title, String content,
            DomainId domain, PetitionState state, boolean withinAuthority) {
    }

    /** A delegate typed in for the first time. */
    record NewDelegate(String fullName, String organisation, String group, String phone) {
    }

    private final DSLContext dsl;

    IntakeStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Takes the next number and keeps the unit's counter row locked until the transaction ends. One upsert takes the
     * exclusive lock at once (a plain INSERT IGNORE followed by SELECT … FOR UPDATE deadlocks when two clerks save
     * together: both hold a shared lock and wait for the other's).
     */
    /** A petition's code: KN-2020-007. */
    static String code(int year, int seq) {
        return "KN-%d-%03d".formatted(year, seq);
    }

    int nextSequence(UnitId unit, int year) {
        return reserveSequences(unit, year, 1);
    }

    /**
     * Takes count consecutive numbers at once (an import's rows) under the same lock and returns the first; the
     * counter then holds the last.
     */
    int reserveSequences(UnitId unit, int year, int count) {
        // Plain (bound) SQL: jOOQ's MYSQL dialect writes the MySQL 8.0.19 row alias ("AS excluded"), which MariaDB
        // does not understand.
        dsl.execute("INSERT INTO petition_code_counter (unit_id, code_year, last_seq) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_seq = last_seq + ?", unit.value(), year, count, count);
        int last = dsl.select(PETITION_CODE_COUNTER.LAST_SEQ).from(PETITION_CODE_COUNTER)
                .where(PETITION_CODE_COUNTER.UNIT_ID.eq(unit).and(PETITION_CODE_COUNTER.CODE_YEAR.eq(year)))
                .fetchSingle(PETITION_CODE_COUNTER.LAST_SEQ);
        return last - count + 1;
    }

    PetitionId insert(NewPetition petition, SignedInUser by, LocalDateTime now) {
        return insertStep(petition, by, now).returningResult(PETITION.ID).fetchOne(PETITION.ID);
    }

    /**
     * A petition from an import row: received on its own date (created_at, which the reports and the dashboard count
     * by), assigned when the row names a department, and remembered by its import key.
     */
    PetitionId insertImported(NewPetition petition, ImportedRow row, SignedInUser by, LocalDateTime now) {
        return insertStep(petition, by, now)
                .set(PETITION.CREATED_AT, row.receivedOn().atStartOfDay())
                .set(PETITION.DEPARTMENT_ID, row.department())
                .set(PETITION.DEADLINE, row.deadline())
                .set(PETITION.IMPORT_KEY, row.key())
                .returningResult(PETITION.ID).fetchOne(PETITION.ID);
    }

    private org.jooq.InsertSetMoreStep<vn.petitionboard.jooq.tables.records.PetitionRecord> insertStep(
            NewPetition petition, SignedInUser by, LocalDateTime now) {
        return dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, by.unitId())
                .set(PETITION.CONFERENCE_ID, petition.conference())
                .set(PETITION.CODE, petition.code())
                .set(PETITION.CODE_YEAR, petition.year())
                .set(PETITION.CODE_SEQ, petition.seq())
                .set(PETITION.TITLE, petition.title())
                .set(PETITION.CONTENT, petition.content())
                .set(PETITION.DOMAIN_ID, petition.domain())
                .set(PETITION.STATE, petition.state())
                .set(PETITION.WITHIN_AUTHORITY, petition.withinAuthority())
                .set(PETITION.STATE_CHANGED_AT, now)
                .set(PETITION.CREATED_BY, by.id())
                .set(PETITION.CREATED_AT, now)
                .set(PETITION.UPDATED_AT, now);
    }

    DelegateId insertDelegate(UnitId unit, NewDelegate delegate, LocalDateTime now) {
        return dsl.insertInto(DELEGATE)
                .set(DELEGATE.UNIT_ID, unit)
                .set(DELEGATE.FULL_NAME, delegate.fullName())
                .set(DELEGATE.ORGANISATION, delegate.organisation())
                .set(DELEGATE.RESIDENTIAL_GROUP, delegate.group())
                .set(DELEGATE.PHONE, delegate.phone())
                .set(DELEGATE.CREATED_AT, now)
                .returningResult(DELEGATE.ID)
                .fetchOne(DELEGATE.ID);
    }

    /** False when the delegate already is a requester of this petition. */
    boolean linkRequester(PetitionId petition, DelegateId delegate, int position) {
        return dsl.insertInto(PETITION_REQUESTER)
                .set(PETITION_REQUESTER.PETITION_ID, petition)
                .set(PETITION_REQUESTER.DELEGATE_ID, delegate)
                .set(PETITION_REQUESTER.POSITION, position)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }
}
