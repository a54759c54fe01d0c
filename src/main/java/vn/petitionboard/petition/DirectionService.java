package vn.petitionboard.petition;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.Permissions;

/**
 * A leader's changes to a petition a department has (assigned or in progress), without a step on the board: give it
 * to another department, extend its deadline, add an instruction. Each checks role, state and the version the user
 * saw, and writes its change and history event in one transaction, like the life-cycle steps.
 */
@Service
@Transactional
@PreAuthorize(Permissions.VIEW_PETITIONS)
public class DirectionService {

    private final CommandRunner runner;
    private final AssignmentChanges changes;

    DirectionService(CommandRunner runner, AssignmentChanges changes) {
        this.runner = runner;
        this.changes = changes;
    }

    public CommandResult reassign(AssignmentCommands.Reassign command) {
        return runner.run(command.id(), command.version(), PetitionAction.REASSIGN, (petition, user, check, now) -> {
            String reason = check.required("reason", command.reason(), PetitionWorkflowService.NOTE_MAX);
            return changes.reassign(petition, user, check, now, "department", command.department(),
                    HistoryEvent.REASSIGNED, (from, to) -> HistoryText.of("history.reassigned", from, to, reason),
                    () -> { });
        });
    }

    public CommandResult extendDeadline(AssignmentCommands.ExtendDeadline command) {
        return runner.run(command.id(), command.version(), PetitionAction.EXTEND_DEADLINE,
                (petition, user, check, now) -> {
                    String reason = check.required("reason", command.reason(), PetitionWorkflowService.NOTE_MAX);
                    return changes.extend(petition, check, now, "newDeadline", command.newDeadline(),
                            HistoryEvent.DEADLINE_EXTENDED,
                            (from, to) -> AssignmentChanges.deadlineChange("history.deadlineExtended", from, to,
                                    reason),
                            () -> { });
                });
    }

    /** A further instruction to the department at work; the petition stays where it is. */
    public CommandResult addInstruction(AssignmentCommands.AddInstruction command) {
        return runner.run(command.id(), command.version(), PetitionAction.ADD_INSTRUCTION,
                (petition, user, check, now) -> {
                    String instruction = check.required("instruction", command.instruction(),
                            PetitionWorkflowService.NOTE_MAX);
                    return new CommandRunner.Plan(petition.state(), HistoryEvent.INSTRUCTION_ADDED,
                            CommandRunner.changes(), () -> HistoryText.of("history.instructionAdded", instruction));
                });
    }
}
