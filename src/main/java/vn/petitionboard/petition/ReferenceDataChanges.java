package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;

/**
 * What a change of reference data (departments, domains, holidays, delegates) means for petitions, for the administration
 * screens above: how many open petitions a department still holds, which open deadlines fall on a date, the search
 * terms of a renamed domain's or delegate's petitions, and the requester links of two delegate records merged. Called inside the administrator's command, whose service checks the
 * permission; the open-petition rule is {@link PetitionConditions#open()}, as everywhere.
 */
@Component
public class ReferenceDataChanges {

    /** Petitions re-indexed per statement pair: bounds the IN list and the rows read at once. */
    static final int REINDEX_BATCH = 500;

    private final DSLContext dsl;
    private final PetitionSearchTermStore searchTerms;

    ReferenceDataChanges(DSLContext dsl, PetitionSearchTermStore searchTerms) {
        this.dsl = dsl;
        this.searchTerms = searchTerms;
    }

    /** Open (unresolved) petitions of the unit assigned to this department. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int openPetitionsOf(UnitId unit, DepartmentId department) {
        return dsl.fetchCount(PETITION, PETITION.UNIT_ID.eq(unit).and(PETITION.DEPARTMENT_ID.eq(department))
                .and(PetitionConditions.open()));
    }

    /** The unit's open petitions whose stored deadline is this date, by code. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OpenDeadline> openDeadlinesOn(UnitId unit, LocalDate date) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.DEADLINE).from(PETITION)
                .where(PETITION.UNIT_ID.eq(unit).and(PetitionConditions.open()).and(PETITION.DEADLINE.eq(date)))
                .orderBy(PETITION.CODE_YEAR, PETITION.CODE_SEQ)
                .fetch(r -> new OpenDeadline(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The unit's open petitions whose stored deadline falls after this date (deadlines are never recomputed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int openDeadlinesAfter(UnitId unit, LocalDate date) {
        return dsl.fetchCount(PETITION, PETITION.UNIT_ID.eq(unit).and(PetitionConditions.open())
                .and(PETITION.DEADLINE.gt(date)));
    }

    /**
     * Rewrites the search terms of every petition of the domain (whatever its unit: domains are shared), after a
     * rename, in the caller's transaction. Batches of {@link #REINDEX_BATCH} petitions in id order through the domain's
     * foreign-key index: one delete and one batched insert per batch, never a statement per petition.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reindexDomain(DomainId domain) {
        int done = 0;
        PetitionId after = new PetitionId(0);
        while (true) {
            List<PetitionId> batch = dsl.select(PETITION.ID).from(PETITION)
                    .where(PETITION.DOMAIN_ID.eq(domain).and(PETITION.ID.gt(after)))
                    .orderBy(PETITION.ID).limit(REINDEX_BATCH)
                    .fetch(PETITION.ID);
            if (batch.isEmpty()) {
                return done;
            }
            reindex(batch);
            done += batch.size();
            after = batch.getLast();
        }
    }

    /** The petitions this delegate raised, with their search terms rewritten (after a correction of the name). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reindexPetitionsOf(DelegateId delegate) {
        List<PetitionId> petitions = petitionsOf(delegate);
        reindex(petitions);
        return petitions.size();
    }

    /**
     * Moves every requester link of {@code duplicate} to {@code survivor} (a petition that named both keeps one link)
     * and rewrites the moved petitions' search terms. Returns how many petitions the duplicate had.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveRequesters(DelegateId duplicate, DelegateId survivor) {
        List<PetitionId> moved = petitionsOf(duplicate);
        if (moved.isEmpty()) {
            return 0;
        }
        // MariaDB cannot delete from a table while reading it in a subquery: the shared petitions are read first.
        List<PetitionId> shared = dsl.select(PETITION_REQUESTER.PETITION_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.DELEGATE_ID.eq(survivor).and(PETITION_REQUESTER.PETITION_ID.in(moved)))
                .fetch(PETITION_REQUESTER.PETITION_ID);
        dsl.deleteFrom(PETITION_REQUESTER).where(PETITION_REQUESTER.DELEGATE_ID.eq(duplicate)
                .and(PETITION_REQUESTER.PETITION_ID.in(shared))).execute();
        dsl.update(PETITION_REQUESTER).set(PETITION_REQUESTER.DELEGATE_ID, survivor)
                .where(PETITION_REQUESTER.DELEGATE_ID.eq(duplicate)).execute();
        reindex(moved);
        return moved.size();
    }

    private List<PetitionId> petitionsOf(DelegateId delegate) {
        return dsl.select(PETITION_REQUESTER.PETITION_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.DELEGATE_ID.eq(delegate)).orderBy(PETITION_REQUESTER.PETITION_ID)
                .fetch(PETITION_REQUESTER.PETITION_ID);
    }

    private void reindex(List<PetitionId> petitions) {
        for (int from = 0; from < petitions.size(); from += REINDEX_BATCH) {
            List<PetitionId> batch = petitions.subList(from, Math.min(from + REINDEX_BATCH, petitions.size()));
            dsl.deleteFrom(PETITION_SEARCH_TERM).where(PETITION_SEARCH_TERM.PETITION_ID.in(batch)).execute();
            searchTerms.insertTerms(batch);
        }
    }
}
