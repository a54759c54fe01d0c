package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.jooq.tables.Petition;

/** Reads and writes of merging duplicates (PetitionMergeService); the petition rows move through PetitionStore. */
@Repository
class MergeStore {

    private final DSLContext dsl;
    private final IntakeStore intake;
    private final IntakeQuery intakeQuery;

    MergeStore(DSLContext dsl, IntakeStore intake, IntakeQuery intakeQuery) {
        this.dsl = dsl;
        this.intake = intake;
        this.intakeQuery = intakeQuery;
    }

    /**
     * Adds the requesters of {@code from} to {@code to} after its own, in their order, each once; the number added.
     * The rows of {@code from} stay: who raised what is history too.
     */
    int copyRequesters(PetitionId from, PetitionId to) {
        List<DelegateId> delegates = dsl.select(PETITION_REQUESTER.DELEGATE_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(from)
                        .and(PETITION_REQUESTER.DELEGATE_ID.notIn(dsl.select(PETITION_REQUESTER.DELEGATE_ID)
                                .from(PETITION_REQUESTER).where(PETITION_REQUESTER.PETITION_ID.eq(to)))))
                .orderBy(PETITION_REQUESTER.POSITION)
                .fetch(PETITION_REQUESTER.DELEGATE_ID);
        if (delegates.isEmpty()) {
            return 0;
        }
        int position = intakeQuery.nextRequesterPosition(to);
        List<IntakeStore.RequesterLink> links = new ArrayList<>();
        for (DelegateId delegate : delegates) {
            links.add(new IntakeStore.RequesterLink(to, delegate, position++));
        }
        return intake.linkRequesters(links);
    }

    /** Petitions merged earlier into {@code from} now lead to {@code to} as well: a pointer is never a chain. */
    void pointOn(PetitionId from, PetitionId to) {
        dsl.update(PETITION).set(PETITION.MERGED_INTO_ID, to).where(PETITION.MERGED_INTO_ID.eq(from)).execute();
    }

    /** The petition, if merged and of the user's unit (and department), with the one it lives on in. */
    Optional<MergedPetition> mergedInto(PetitionId id, PetitionConditions scope) {
        Petition survivor = PETITION.as("survivor");
        return dsl.select(PETITION.ID, PETITION.CODE, survivor.ID, survivor.CODE)
                .from(PETITION)
                .join(survivor).on(survivor.ID.eq(PETITION.MERGED_INTO_ID))
                .where(scope.visibleEvenMerged(id).and(PETITION.STATE.eq(PetitionState.MERGED)))
                .fetchOptional(r -> new MergedPetition(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Open petitions of the user's scope that {@code shown} may be merged with, found as the petition list finds them
     * (code or words, diacritics or not), newest code first.
     */
    List<MergeCandidate> candidates(PetitionConditions scope, PetitionId shown, String text, LocalDate today,
            int offset, int limit) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, PETITION.VERSION,
                        PETITION.CREATED_AT)
                .from(PETITION)
                .where(PetitionSearchQuery.where(scope, PetitionListFilter.all().withText(text), today))
                .and(PETITION.STATE.in(PetitionMergeService.MERGEABLE))
                .and(PETITION.ID.ne(shown))
                .orderBy(PETITION.CODE_YEAR.desc(), PETITION.CODE_SEQ.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new MergeCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }
}
