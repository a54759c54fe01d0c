package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_CODE_COUNTER;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
        return insert(by.unitId(), petition, by, now);
    }

    /** A petition of another unit than the one who writes it: an escalation's in the parent unit. */
    PetitionId insert(UnitId unit, NewPetition petition, SignedInUser by, LocalDateTime now) {
        return dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, unit)
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
                .set(PETITION.UPDATED_AT, now)
                .returningResult(PETITION.ID)
                .fetchOne(PETITION.ID);
    }

    /** An import row's petition as the counter numbered it. */
    record ImportedPetition(NewPetition petition, ImportedRow row) {
    }

    /**
     * Writes an import's petitions in one statement and returns their ids by import key (unique in the conference):
     * each received on its own date (created_at, which the reports and the dashboard count by), assigned when its row
     * names a department.
     */
    Map<String, PetitionId> insertImported(ConferenceId conference, List<ImportedPetition> petitions,
            SignedInUser by, LocalDateTime now) {
        var insert = dsl.insertInto(PETITION, PETITION.UNIT_ID, PETITION.CONFERENCE_ID, PETITION.CODE,
                PETITION.CODE_YEAR, PETITION.CODE_SEQ, PETITION.TITLE, PETITION.CONTENT, PETITION.DOMAIN_ID,
                PETITION.STATE, PETITION.WITHIN_AUTHORITY, PETITION.STATE_CHANGED_AT, PETITION.CREATED_BY,
                PETITION.CREATED_AT, PETITION.UPDATED_AT, PETITION.DEPARTMENT_ID, PETITION.DEADLINE,
                PETITION.IMPORT_KEY);
        for (ImportedPetition imported : petitions) {
            NewPetition p = imported.petition();
            ImportedRow row = imported.row();
            insert = insert.values(by.unitId(), conference, p.code(), p.year(), p.seq(), p.title(), p.content(),
                    p.domain(), p.state(), p.withinAuthority(), now, by.id(), row.receivedOn().atStartOfDay(), now,
                    row.department(), row.deadline(), row.key());
        }
        insert.execute();
        return dsl.select(PETITION.IMPORT_KEY, PETITION.ID).from(PETITION)
                .where(PETITION.CONFERENCE_ID.eq(conference)
                        .and(PETITION.IMPORT_KEY.in(petitions.stream().map(p -> p.row().key()).toList())))
                .fetchMap(PETITION.IMPORT_KEY, PETITION.ID);
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
        return linkRequesters(List.of(new RequesterLink(petition, delegate, position))) == 1;
    }

    record RequesterLink(PetitionId petition, DelegateId delegate, int position) {
    }

    /** Links many in one statement; the number linked (a delegate already a requester is skipped). */
    int linkRequesters(List<RequesterLink> links) {
        var insert = dsl.insertInto(PETITION_REQUESTER, PETITION_REQUESTER.PETITION_ID,
                PETITION_REQUESTER.DELEGATE_ID, PETITION_REQUESTER.POSITION);
        for (RequesterLink link : links) {
            insert = insert.values(link.petition(), link.delegate(), link.position());
        }
        return insert.onDuplicateKeyIgnore().execute();
    }
}
