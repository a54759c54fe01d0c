package vn.petitionboard.petition;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;

/**
 * An escalation from a unit to its parent inside the installation (docs/decisions/0027): the parent receives a petition
 * of its own in RECEIVED, linked to the escalated one, and works on it with its own board and departments; its answer
 * comes back to the escalated petition as the higher level's reply. Both run in the transaction of the command that
 * causes them, so the two units never disagree.
 */
@Component
class UnitEscalations {

    private final EscalationStore escalations;
    private final IntakeStore intake;
    private final PetitionStore store;
    private final PetitionSearchTermStore searchIndex;
    private final WorkflowTargetsQuery targets;
    private final PetitionEvents events;
    private final CurrentUser currentUser;

    UnitEscalations(EscalationStore escalations, IntakeStore intake, PetitionStore store,
            PetitionSearchTermStore searchIndex, WorkflowTargetsQuery targets, PetitionEvents events,
            CurrentUser currentUser) {
        this.escalations = escalations;
        this.intake = intake;
        this.store = store;
        this.searchIndex = searchIndex;
        this.targets = targets;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Puts the escalated petition in the parent unit's RECEIVED column: its title, content, domain and conference, its
     * requesters' names without their contacts, and a history that names where it came from. Returns the new code.
     */
    String forward(PetitionSnapshot escalated, long escalationId, UnitId parent, String note, SignedInUser user,
            LocalDateTime now) {
        EscalationStore.Source source = escalations.source(escalated.id());
        int year = now.getYear();
        int seq = intake.nextSequence(parent, year);
        String code = IntakeStore.code(year, seq);
        PetitionId id = intake.insert(parent, new IntakeStore.NewPetition(source.conference(), code, year, seq,
                source.title(), source.content(), source.domain(), PetitionState.RECEIVED, true), user, now);
        int position = 0;
        for (EscalationStore.RequesterName requester : escalations.requesters(escalated.id())) {
            DelegateId delegate = intake.insertDelegate(parent, new IntakeStore.NewDelegate(requester.fullName(),
                    requester.organisation(), requester.group(), null), now);
            intake.linkRequester(id, delegate, position++);
        }
        searchIndex.reindex(id);
        escalations.link(escalationId, id);
        String from = targets.unitName(escalated.unit());
        HistoryText text = note == null ? HistoryText.of("history.escalationReceived", from, escalated.code())
                : HistoryText.of("history.escalationReceived.note", from, escalated.code(), note);
        events.record(new PetitionSnapshot(id, parent, code, source.title(), null, null, null, null, 0),
                HistoryEvent.ESCALATION_RECEIVED, PetitionState.RECEIVED, null, user, now, text);
        return code;
    }

    /** Whether the petition waits on a unit of the system, whose answer will come by itself (not typed in). */
    boolean waitsOnUnitInSystem(PetitionId id) {
        return escalations.openEscalationIsLinked(id);
    }

    /** The steps offered for the petition, without "record the reply" while a unit of the system has it. */
    Set<Transition> withoutTypedReply(Set<Transition> allowed, PetitionId id) {
        if (!allowed.contains(Transition.RECORD_REPLY) || !waitsOnUnitInSystem(id)) {
            return allowed;
        }
        Set<Transition> without = EnumSet.copyOf(allowed);
        without.remove(Transition.RECORD_REPLY);
        return without;
    }

    /**
     * When the parent unit answers a petition escalated to it, the answer becomes the escalated petition's higher
     * level reply: it moves to ANSWERED, its paused clock resumes, the Front and leaders of its unit are told (the
     * notifications follow the HIGHER_LEVEL_REPLIED event like a reply typed in).
     */
    @EventListener
    void relayAnswer(PetitionMoved moved) {
        boolean answered = moved.event() == HistoryEvent.ANSWERED || moved.event() == HistoryEvent.ANSWERED_ON_THE_SPOT;
        if (answered && moved.to() == PetitionState.ANSWERED) {
            escalations.openLinkTo(moved.petition()).ifPresent(link -> relay(moved, link));
        }
    }

    private void relay(PetitionMoved moved, EscalationStore.OpenLink link) {
        PetitionSnapshot escalated = escalations.lock(link.escalated());
        if (escalated.state() != PetitionState.ESCALATED) {
            return;
        }
        SignedInUser user = currentUser.require();
        LocalDateTime now = moved.at();
        EscalationStore.LatestAnswer answer = escalations.latestAnswer(moved.petition());
        if (!store.update(escalated, PetitionState.ANSWERED, escalated.clockResumed(now.toLocalDate()), now)) {
            throw new IllegalStateException("Escalated petition " + escalated.code() + " changed while locked");
        }
        String reference = answer.documentNumber() != null ? answer.documentNumber() : moved.code();
        store.recordReply(escalated.id(), answer.content(), reference, now.toLocalDate(), user, now);
        store.answer(escalated.id(), AnswerKind.HIGHER_LEVEL, answer.content(), answer.documentNumber(),
                answer.documentDate(), null, user, now);
        String parentName = targets.unitName(moved.unit());
        events.record(escalated, HistoryEvent.HIGHER_LEVEL_REPLIED, PetitionState.ANSWERED, escalated.department(),
                user, now, HistoryText.of("history.higherLevelRepliedInSystem", parentName, moved.code(),
                        answer.content()));
        store.history(moved.petition(), HistoryEvent.ANSWER_SENT_DOWN, PetitionState.ANSWERED, PetitionState.ANSWERED,
                user, now, HistoryText.of("history.answerSentDown", link.unitName(), link.escalatedCode()));
    }
}
