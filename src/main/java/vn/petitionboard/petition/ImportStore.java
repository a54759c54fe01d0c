package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;

/** The reads an import checks its rows against, and the conference lock that keeps two imports apart. */
@Repository
class ImportStore {

    private final DSLContext dsl;

    ImportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The conference's date, locking its row until the transaction ends when forUpdate: two clerks importing into one
     * conference at once take turns, and the second finds the first's rows already there.
     */
    Optional<LocalDate> conferenceHeldOn(ConferenceId conference, UnitId unit, boolean forUpdate) {
        var select = dsl.select(CONFERENCE.HELD_ON).from(CONFERENCE)
                .where(CONFERENCE.ID.eq(conference).and(CONFERENCE.UNIT_ID.eq(unit)));
        return (forUpdate ? select.forUpdate() : select).fetchOptional(CONFERENCE.HELD_ON);
    }

    /** Active domains by lower-case name and by code (a sheet may give either). */
    Map<String, DomainId> domainKeys() {
        Map<String, DomainId> keys = new HashMap<>();
        dsl.select(DOMAIN.ID, DOMAIN.CODE, DOMAIN.NAME).from(DOMAIN).where(DOMAIN.ACTIVE.isTrue())
                .forEach(r -> {
                    keys.put(ImportRowCheck.lookupKey(r.value2()), r.value1());
                    keys.put(ImportRowCheck.lookupKey(r.value3()), r.value1());
                });
        return keys;
    }

    /** The unit's active departments by lower-case name. */
    Map<String, DepartmentId> departmentKeys(UnitId unit) {
        Map<String, DepartmentId> keys = new HashMap<>();
        dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME).from(DEPARTMENT)
                .where(DEPARTMENT.UNIT_ID.eq(unit).and(DEPARTMENT.ACTIVE.isTrue()))
                .forEach(r -> keys.put(ImportRowCheck.lookupKey(r.value2()), r.value1()));
        return keys;
    }

    Set<String> importKeys(ConferenceId conference) {
        return new HashSet<>(dsl.select(PETITION.IMPORT_KEY).from(PETITION)
                .where(PETITION.CONFERENCE_ID.eq(conference).and(PETITION.IMPORT_KEY.isNotNull()))
                .fetch(PETITION.IMPORT_KEY));
    }

    /** The unit's delegates by lower-case name (the first of a name wins), so a name typed again is not a new one. */
    Map<String, DelegateId> delegatesByName(UnitId unit) {
        Map<String, DelegateId> byName = new HashMap<>();
        dsl.select(DELEGATE.ID, DELEGATE.FULL_NAME).from(DELEGATE).where(DELEGATE.UNIT_ID.eq(unit))
                .orderBy(DELEGATE.ID)
                .forEach(r -> byName.putIfAbsent(ImportRowCheck.lookupKey(r.value2()), r.value1()));
        return byName;
    }

    List<String> domainNames() {
        return dsl.select(DOMAIN.NAME).from(DOMAIN).where(DOMAIN.ACTIVE.isTrue())
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME).fetch(DOMAIN.NAME);
    }

    List<String> departmentNames(UnitId unit) {
        return dsl.select(DEPARTMENT.NAME).from(DEPARTMENT)
                .where(DEPARTMENT.UNIT_ID.eq(unit).and(DEPARTMENT.ACTIVE.isTrue()))
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME).fetch(DEPARTMENT.NAME);
    }
}
