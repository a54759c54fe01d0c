package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Permissions;

/**
 * The two life-cycle steps about the higher level: escalate (to the parent unit in the system, or to an agency outside
 * it) and record the reply an agency sent. A reply from a unit of the system is not typed in: it comes when that unit
 * answers its linked petition ({@link UnitEscalations}, docs/decisions/0027).
 */
@Service
@Transactional
@PreAuthorize(Permissions.VIEW_PETITIONS)
public class EscalationService {

    private static final int TEXT_MAX = PetitionWorkflowService.TEXT_MAX;
    private static final int NOTE_MAX = PetitionWorkflowService.NOTE_MAX;
    private static final int REFERENCE_MAX = PetitionWorkflowService.REFERENCE_MAX;
    private static final int AGENCY_MAX = PetitionWorkflowService.AGENCY_MAX;

    private final CommandRunner runner;
    private final PetitionStore store;
    private final WorkflowTargetsQuery targets;
    private final UnitEscalations unitEscalations;

    EscalationService(CommandRunner runner, PetitionStore store, WorkflowTargetsQuery targets,
            UnitEscalations unitEscalations) {
        this.runner = runner;
        this.store = store;
        this.targets = targets;
        this.unitEscalations = unitEscalations;
    }

    /**
     * To an agency: its name, the outgoing document's number and date are required. To the parent unit: the number
     * is optional (the parent's linked petition is the record) and the date is today when none is given.
     */
    public CommandResult escalate(PetitionCommands.Escalate command) {
        return runner.run(command.id(), command.version(), Transition.ESCALATE, (petition, user, check, now) -> {
            check.required("target", command.target());
            boolean toParent = command.target() == PetitionCommands.EscalationTarget.PARENT_UNIT;
            String reference = toParent ? check.optional("referenceNumber", command.referenceNumber(), REFERENCE_MAX)
                    : check.required("referenceNumber", command.referenceNumber(), REFERENCE_MAX);
            LocalDate sentOn = toParent && command.sentOn() == null ? now.toLocalDate()
                    : check.required("sentOn", command.sentOn());
            check.pastDate("sentOn", sentOn, now.toLocalDate());
            String note = check.optional("note", command.note(), NOTE_MAX);
            String agency = null;
            WorkflowTargetsQuery.UnitRef parent = null;
            if (command.target() == PetitionCommands.EscalationTarget.AGENCY) {
                agency = check.required("agencyName", command.agencyName(), AGENCY_MAX);
            } else if (toParent) {
                parent = targets.parentUnit(user.unitId()).orElse(null);
                check.require(parent != null, "target", "validation.escalation.noParent");
            }
            // The petition's own clock stops: keep the days that were left, give them back on the reply.
            Integer daysLeft = petition.deadline() == null ? null
                    : (int) Math.max(0, ChronoUnit.DAYS.between(now.toLocalDate(), petition.deadline()));
            String finalAgency = agency;
            WorkflowTargetsQuery.UnitRef finalParent = parent;
            UnitId targetUnit = parent == null ? null : parent.id();
            return new CommandRunner.Plan(Transition.ESCALATE.target(petition.department()), HistoryEvent.ESCALATED,
                    CommandRunner.changes(PETITION.PAUSED_DAYS_LEFT, daysLeft), () -> {
                        long escalation = store.escalation(petition.id(), command, targetUnit, finalAgency, reference,
                                sentOn, note, user, now);
                        if (finalParent == null) {
                            return note == null
                                    ? HistoryText.of("history.escalated", finalAgency, reference, sentOn)
                                    : HistoryText.of("history.escalated.note", finalAgency, reference, sentOn, note);
                        }
                        String code = unitEscalations.forward(petition, escalation, finalParent.id(), note, user, now);
                        return note == null ? HistoryText.of("history.escalatedInSystem", finalParent.name(), code)
                                : HistoryText.of("history.escalatedInSystem.note", finalParent.name(), code, note);
                    });
        });
    }

    /** The reply of an agency outside the system (or of a parent unit escalated to before it was in the system). */
    public CommandResult recordReply(PetitionCommands.RecordReply command) {
        return runner.run(command.id(), command.version(), Transition.RECORD_REPLY, (petition, user, check, now) -> {
            if (unitEscalations.waitsOnUnitInSystem(petition.id())) {
                return CommandRunner.Plan.refuse("workflow.refused.replyInSystem");
            }
            String content = check.required("content", command.content(), TEXT_MAX);
            String reference = check.optional("replyReference", command.replyReference(), REFERENCE_MAX);
            LocalDate repliedOn = check.required("repliedOn", command.repliedOn());
            check.pastDate("repliedOn", repliedOn, now.toLocalDate());
            return new CommandRunner.Plan(Transition.RECORD_REPLY.target(petition.department()),
                    HistoryEvent.HIGHER_LEVEL_REPLIED, petition.clockResumed(now.toLocalDate()), () -> {
                        if (!store.recordReply(petition.id(), content, reference, repliedOn, user, now)) {
                            throw new IllegalStateException(
                                    "Escalated petition " + petition.code() + " has no open escalation");
                        }
                        store.answer(petition.id(), AnswerKind.HIGHER_LEVEL, content, reference, repliedOn, null,
                                user, now);
                        return reference == null ? HistoryText.of("history.higherLevelReplied", content)
                                : HistoryText.of("history.higherLevelReplied.document", reference, content);
                    });
        });
    }
}
