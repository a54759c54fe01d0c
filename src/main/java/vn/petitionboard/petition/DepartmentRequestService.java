package vn.petitionboard.petition;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.DepartmentRequestStore.OpenRequest;
import vn.petitionboard.security.Permissions;

/**
 * The assigned department asks the leaders for more time or says the petition is not its own; a leader approves
 * (the deadline moves, or the petition goes to the department the leader picks) or refuses with a reason. One request
 * is open per petition at a time. Each step checks role, department, state and the version the user saw, and writes
 * its history event in the same transaction.
 */
@Service
@Transactional
@PreAuthorize(Permissions.VIEW_PETITIONS)
public class DepartmentRequestService {

    private final CommandRunner runner;
    private final AssignmentChanges changes;
    private final DepartmentRequestStore requests;
    private final WorkflowTargetsQuery targets;

    DepartmentRequestService(CommandRunner runner, AssignmentChanges changes, DepartmentRequestStore requests,
            WorkflowTargetsQuery targets) {
        this.runner = runner;
        this.changes = changes;
        this.requests = requests;
        this.targets = targets;
    }

    public CommandResult requestExtension(AssignmentCommands.RequestExtension command) {
        return runner.run(command.id(), command.version(), PetitionAction.REQUEST_EXTENSION,
                (petition, user, check, now) -> {
                    if (requests.open(petition.id()).isPresent()) {
                        return CommandRunner.Plan.refuse("request.refused.alreadyOpen");
                    }
                    String reason = check.required("reason", command.reason(), PetitionWorkflowService.NOTE_MAX);
                    AssignmentChanges.checkLater(petition, check, now, "proposedDeadline", command.proposedDeadline());
                    return new CommandRunner.Plan(petition.state(), HistoryEvent.EXTENSION_REQUESTED,
                            CommandRunner.changes(), () -> {
                                requests.insert(petition.id(), petition.department(), RequestKind.EXTENSION, reason,
                                        command.proposedDeadline(), null, user, now);
                                return HistoryText.of("history.extensionRequested", command.proposedDeadline(),
                                        reason);
                            });
                });
    }

    public CommandResult requestReassignment(AssignmentCommands.RequestReassignment command) {
        return runner.run(command.id(), command.version(), PetitionAction.REQUEST_REASSIGNMENT,
                (petition, user, check, now) -> {
                    if (requests.open(petition.id()).isPresent()) {
                        return CommandRunner.Plan.refuse("request.refused.alreadyOpen");
                    }
                    String reason = check.required("reason", command.reason(), PetitionWorkflowService.NOTE_MAX);
                    DepartmentId suggested = command.suggestedDepartment();
                    Optional<String> suggestedName = Optional.ofNullable(suggested)
                            .flatMap(d -> targets.departmentName(d, user.unitId()));
                    if (suggested != null && suggestedName.isEmpty()) {
                        check.fail("suggestedDepartment", "validation.department.unknown");
                    } else if (suggested != null && suggested.equals(petition.department())) {
                        check.fail("suggestedDepartment", "validation.department.same");
                    }
                    return new CommandRunner.Plan(petition.state(), HistoryEvent.REASSIGNMENT_REQUESTED,
                            CommandRunner.changes(), () -> {
                                requests.insert(petition.id(), petition.department(), RequestKind.REASSIGNMENT, reason,
                                        null, suggested, user, now);
                                return suggestedName
                                        .map(name -> HistoryText.of("history.reassignmentRequested", name, reason))
                                        .orElse(HistoryText.of("history.reassignmentRequested.noSuggestion", reason));
                            });
                });
    }

    /** More time: the deadline moves as granted. Another department: the petition goes to the one the leader picks. */
    public CommandResult approve(AssignmentCommands.ApproveRequest command) {
        return runner.run(command.id(), command.version(), PetitionAction.APPROVE_REQUEST,
                (petition, user, check, now) -> {
                    Optional<OpenRequest> open = requests.open(petition.id());
                    if (open.isEmpty()) {
                        return CommandRunner.Plan.refuse("request.refused.noneOpen");
                    }
                    OpenRequest request = open.get();
                    Runnable close = () -> closed(requests.decide(request.id(), RequestDecision.APPROVED, null, user,
                            now));
                    return switch (request.kind()) {
                        case EXTENSION -> changes.extend(petition, check, now, "deadline", command.deadline(),
                                HistoryEvent.REQUEST_APPROVED,
                                (from, to) -> AssignmentChanges.deadlineChange("history.extensionApproved", from, to),
                                close);
                        case REASSIGNMENT -> changes.reassign(petition, user, check, now, "department",
                                command.department(), HistoryEvent.REQUEST_APPROVED,
                                (from, to) -> HistoryText.of("history.reassignmentApproved", from, to), close);
                    };
                });
    }

    public CommandResult refuse(AssignmentCommands.RefuseRequest command) {
        return runner.run(command.id(), command.version(), PetitionAction.REFUSE_REQUEST,
                (petition, user, check, now) -> {
                    Optional<OpenRequest> open = requests.open(petition.id());
                    if (open.isEmpty()) {
                        return CommandRunner.Plan.refuse("request.refused.noneOpen");
                    }
                    String reason = check.required("reason", command.reason(), PetitionWorkflowService.NOTE_MAX);
                    String key = open.get().kind() == RequestKind.EXTENSION ? "history.extensionRefused"
                            : "history.reassignmentRefused";
                    return new CommandRunner.Plan(petition.state(), HistoryEvent.REQUEST_REFUSED,
                            CommandRunner.changes(), () -> {
                                closed(requests.decide(open.get().id(), RequestDecision.REFUSED, reason, user, now));
                                return HistoryText.of(key, reason);
                            });
                });
    }

    /** The petition's version was checked first, so the request cannot have been closed by anyone else meanwhile. */
    private static void closed(boolean closed) {
        if (!closed) {
            throw new IllegalStateException("The open request was closed by another transaction");
        }
    }
}
