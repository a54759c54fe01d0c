package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/**
 * Two delegates raised the same issue and it was recorded twice: a leader or the clerk merges the two. One code
 * carries on with the requesters of both; the other is closed as {@link PetitionState#MERGED}, leads to it, and its
 * history is shown on the survivor's page (docs/decisions/0028-merging-petitions.md).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('" + Permissions.PARTY_SECRETARY + "','" + Permissions.COMMITTEE_CHAIR + "','"
        + Permissions.CLERK + "')")
public class PetitionMergeService {

    /** Who may merge: the leaders and the clerk, who see the whole unit. */
    public static final Set<Role> MERGERS = Set.of(Role.PARTY_SECRETARY, Role.COMMITTEE_CHAIR, Role.CLERK);

    /**
     * Open and with the ward: not resolved, not merged already, and not escalated (the higher level holds it under its
     * reference; merging would leave its reply with no petition to land on).
     */
    public static final Set<PetitionState> MERGEABLE = EnumSet.of(PetitionState.RECEIVED, PetitionState.ASSIGNED,
            PetitionState.IN_PROGRESS, PetitionState.ANSWERED);

    private final PetitionStore store;
    private final MergeStore merges;
    private final PetitionEvents events;
    private final PetitionSearchTermStore searchIndex;
    private final EscalationStore escalations;
    private final CurrentUser currentUser;
    private final Clock clock;

    PetitionMergeService(PetitionStore store, MergeStore merges, PetitionEvents events,
            PetitionSearchTermStore searchIndex, EscalationStore escalations, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.merges = merges;
        this.events = events;
        this.searchIndex = searchIndex;
        this.escalations = escalations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether a petition in this state may take part in a merge (the UI offers the action only then). */
    public static boolean mayBeMerged(PetitionState state) {
        return MERGEABLE.contains(state);
    }

    /** Petitions {@code shown} may be merged with, by code or words, newest code first (the dialog's lazy list). */
    @Transactional(readOnly = true)
    public List<MergeCandidate> candidates(PetitionId shown, String text, int offset, int limit) {
        return merges.candidates(PetitionConditions.of(currentUser.require()), shown, text, LocalDate.now(clock),
                Math.max(offset, 0), Math.clamp(limit, 1, PetitionSearchService.PAGE_MAX));
    }

    public CommandResult merge(MergeCommand command) {
        SignedInUser user = currentUser.require();
        if (command.survivor().equals(command.merged())) {
            return Refused.of("merge.refused.same");
        }
        PetitionConditions scope = PetitionConditions.of(user);
        Optional<PetitionSnapshot> survivorFound = store.load(command.survivor(), scope);
        Optional<PetitionSnapshot> mergedFound = store.load(command.merged(), scope);
        Optional<CommandResult> missing = missing(command.survivor(), survivorFound, scope)
                .or(() -> missing(command.merged(), mergedFound, scope));
        if (missing.isPresent()) {
            return missing.get();
        }
        PetitionSnapshot survivor = survivorFound.get();
        PetitionSnapshot merged = mergedFound.get();
        // The scope already keeps to the user's unit; said again here because a merge across units would move a
        // delegate of one ward onto another's petition.
        if (!survivor.unit().equals(merged.unit())) {
            return Refused.of("merge.refused.otherUnit");
        }
        if (survivor.version() != command.survivorVersion() || merged.version() != command.mergedVersion()) {
            return new Conflict();
        }
        for (PetitionSnapshot petition : List.of(survivor, merged)) {
            if (!mayBeMerged(petition.state())) {
                return Refused.of("merge.refused.state", petition.code(), "state." + petition.state().name());
            }
        }

        // A lower unit waits for this petition's answer (decision 0027): closing it would leave theirs waiting for
        // ever. It may survive a merge, never be the one closed.
        Optional<EscalationStore.OpenLink> waiting = escalations.openLinkTo(merged.id());
        if (waiting.isPresent()) {
            return Refused.of("merge.refused.awaitedBelow", merged.code(), waiting.get().unitName(), survivor.code());
        }

        LocalDateTime now = LocalDateTime.now(clock);
        // The two rows in id order, whichever survives: two people merging the same pair opposite ways then wait
        // for each other instead of deadlocking, and the second finds a new version.
        boolean survivorFirst = survivor.id().value() < merged.id().value();
        if (!(survivorFirst ? keep(survivor, now) : close(merged, survivor, now))) {
            return new Conflict();
        }
        if (!(survivorFirst ? close(merged, survivor, now) : keep(survivor, now))) {
            // The first row was already written: nothing of the merge may stay.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Conflict();
        }
        int added = merges.copyRequesters(merged.id(), survivor.id());
        merges.pointOn(merged.id(), survivor.id());
        searchIndex.reindex(survivor.id());
        events.record(merged, HistoryEvent.MERGED_INTO, PetitionState.MERGED, merged.department(), user, now,
                HistoryText.of("history.mergedInto", survivor.code()));
        events.record(survivor, HistoryEvent.MERGED_FROM, survivor.state(), survivor.department(), user, now,
                HistoryText.of("history.mergedFrom", merged.code(), added));
        return new Done(survivor.id(), survivor.state(), survivor.version() + 1);
    }

    /** The survivor's version moves on (its requesters and history change); false when someone was faster. */
    private boolean keep(PetitionSnapshot survivor, LocalDateTime now) {
        return store.update(survivor, survivor.state(), Map.of(), now);
    }

    /** The merged one is closed, pointing at the survivor; false when someone was faster. */
    private boolean close(PetitionSnapshot merged, PetitionSnapshot survivor, LocalDateTime now) {
        return store.update(merged, PetitionState.MERGED, CommandRunner.changes(PETITION.MERGED_INTO_ID,
                survivor.id()), now);
    }

    /** Not found for this user; a petition merged already says into which. */
    private Optional<CommandResult> missing(PetitionId id, Optional<PetitionSnapshot> found,
            PetitionConditions scope) {
        if (found.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(merges.mergedInto(id, scope)
                .<CommandResult>map(m -> Refused.of("merge.refused.alreadyMerged", m.code(), m.survivorCode()))
                .orElseGet(() -> Refused.of("petition.notFound")));
    }
}
