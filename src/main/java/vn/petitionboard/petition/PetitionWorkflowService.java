package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.base.text.Sentences;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.organisation.WorkingDays;
import vn.petitionboard.petition.attachment.Attachments;
import vn.petitionboard.petition.attachment.ReceivedFile;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * The petition life cycle (the steps about the higher level are {@link EscalationService}'s). Each public method is one
 * arrow of docs/domain.md: it checks who may act (role and
 * department), the state, the version the user saw and the input, then writes the change and its history event in one
 * transaction. A refusal writes nothing and says why, whatever the UI allowed.
 */
@Service
@Transactional
@PreAuthorize(Permissions.VIEW_PETITIONS)
public class PetitionWorkflowService {

    public static final int DEFAULT_DEADLINE_WORKING_DAYS = 15;

    public static final int TEXT_MAX = 4000;
    public static final int NOTE_MAX = 2000;
    public static final int REFERENCE_MAX = 100;
    public static final int NAME_MAX = 150;
    public static final int AGENCY_MAX = 300;

    private final CommandRunner runner;
    private final PetitionStore store;
    private final AttachmentStore attachments;
    private final WorkflowTargetsQuery targets;
    private final DepartmentRequestStore requests;
    private final OnTheSpotWindow onTheSpot;
    private final UnitEscalations unitEscalations;
    private final CurrentUser currentUser;
    private final WorkingDays workingDays;
    private final Clock clock;

    PetitionWorkflowService(CommandRunner runner, PetitionStore store, AttachmentStore attachments,
            WorkflowTargetsQuery targets, DepartmentRequestStore requests, OnTheSpotWindow onTheSpot,
            UnitEscalations unitEscalations, CurrentUser currentUser, WorkingDays workingDays, Clock clock) {
        this.runner = runner;
        this.store = store;
        this.attachments = attachments;
        this.targets = targets;
        this.requests = requests;
        this.onTheSpot = onTheSpot;
        this.unitEscalations = unitEscalations;
        this.currentUser = currentUser;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The deadline the assign dialog proposes: today plus 15 working days, skipping weekends and holidays. */
    @Transactional(readOnly = true)
    public LocalDate defaultDeadline() {
        return workingDays.after(LocalDate.now(clock), DEFAULT_DEADLINE_WORKING_DAYS);
    }

    /** What the signed-in user may do with this petition now (for the details view's buttons). */
    @Transactional(readOnly = true)
    public Set<Transition> allowedTransitions(PetitionId id) {
        SignedInUser user = currentUser.require();
        return store.load(id, PetitionConditions.of(user))
                .map(p -> onTheSpot.withoutLateAnswer(Transition.allowedFor(user, p.state(), p.department()), id,
                        LocalDate.now(clock)))
                .map(allowed -> unitEscalations.withoutTypedReply(allowed, id))
                .orElse(Set.of());
    }

    /** Why "answered at the conference" can no longer be recorded for this petition, if it cannot (for its dialog). */
    @Transactional(readOnly = true)
    public Optional<CommandResult.Refused> onTheSpotRefusal(PetitionId id) {
        return store.load(id, PetitionConditions.of(currentUser.require()))
                .flatMap(p -> onTheSpot.refusal(id, LocalDate.now(clock)));
    }

    /**
     * The actions besides the life cycle the signed-in user may take now: the leaders' changes to the assignment, the
     * department's requests (none while one is open), a leader's decision on the open request.
     */
    @Transactional(readOnly = true)
    public Set<PetitionAction> allowedActions(PetitionId id) {
        SignedInUser user = currentUser.require();
        return store.load(id, PetitionConditions.of(user))
                .map(p -> PetitionAction.allowedFor(user, p.state(), p.department(), requests.open(id).isPresent()))
                .orElse(Set.of());
    }

    public CommandResult assign(PetitionCommands.Assign command) {
        return execute(command.id(), command.version(), Transition.ASSIGN, (petition, user, check, now) -> {
            String instruction = check.required("instruction", command.instruction(), NOTE_MAX);
            check.required("department", command.department());
            LocalDate deadline = check.deadline("deadline", command.deadline(), now.toLocalDate());
            Optional<String> departmentName = Optional.ofNullable(command.department())
                    .flatMap(d -> targets.departmentName(d, user.unitId()));
            if (command.department() != null && departmentName.isEmpty()) {
                check.fail("department", "validation.department.unknown");
            }
            return new Plan(changes(PETITION.DEPARTMENT_ID, command.department(), PETITION.DEADLINE, deadline), () -> {
                store.endCurrentAssignment(petition.id(), now);
                store.assignment(petition.id(), command, instruction, user, now);
                return HistoryText.of("history.assigned", departmentName.orElse(""), deadline, instruction);
            });
        });
    }

    public CommandResult answerOnTheSpot(PetitionCommands.AnswerOnTheSpot command) {
        return execute(command.id(), command.version(), Transition.ANSWER_ON_THE_SPOT,
                (petition, user, check, now) -> {
                    Optional<CommandResult.Refused> late = onTheSpot.refusal(petition.id(), now.toLocalDate());
                    if (late.isPresent()) {
                        return Plan.refuse(late.get());
                    }
                    String content = check.required("content", command.content(), TEXT_MAX);
                    String speaker = check.optional("speakerName", command.speakerName(), NAME_MAX);
                    String by = speaker != null ? speaker : user.fullName();
                    return new Plan(changes(), () -> {
                        store.answer(petition.id(), AnswerKind.ON_THE_SPOT, content, null, null, by, user, now);
                        return HistoryText.of("history.answeredOnTheSpot", by, content);
                    });
                });
    }

    public CommandResult start(PetitionCommands.Start command) {
        return execute(command.id(), command.version(), Transition.START,
                (petition, user, check, now) -> new Plan(changes(), () -> null));
    }

    public CommandResult reportProgress(PetitionCommands.ReportProgress command) {
        return execute(command.id(), command.version(), Transition.REPORT_PROGRESS, (petition, user, check, now) -> {
            String note = check.required("note", command.note(), NOTE_MAX);
            Integer percent = check.required("percent", command.percent());
            if (percent != null) {
                check.require(percent >= 0 && percent <= 100, "percent", "validation.percent");
            }
            List<ReceivedFile> files = Attachments.verify(command.attachments(), check, "attachments");
            return new Plan(changes(), () -> {
                long updateId = store.progressUpdate(petition.id(), petition.department(), note, percent, user, now);
                attachments.insertAll(AttachmentStore.Owner.progressUpdate(updateId), files, user, now);
                return HistoryText.of("history.progressReported", percent, note, files.size());
            });
        });
    }

    public CommandResult answer(PetitionCommands.Answer command) {
        return execute(command.id(), command.version(), Transition.ANSWER, (petition, user, check, now) -> {
            String content = check.required("content", command.content(), TEXT_MAX);
            String number = check.optional("documentNumber", command.documentNumber(), REFERENCE_MAX);
            LocalDate date = check.pastDate("documentDate", command.documentDate(), now.toLocalDate());
            List<ReceivedFile> files = Attachments.verify(command.attachments(), check, "attachments");
            AnswerKind kind = petition.department() != null && petition.department().equals(user.departmentId())
                    ? AnswerKind.DEPARTMENT : AnswerKind.LEADER;
            return new Plan(changes(), () -> {
                long answerId = store.answer(petition.id(), kind, content, number, date, null, user, now);
                attachments.insertAll(AttachmentStore.Owner.answer(answerId), files, user, now);
                return number == null ? HistoryText.of("history.answered", content, files.size())
                        : date == null ? HistoryText.of("history.answered.document", number, content, files.size())
                        : HistoryText.of("history.answered.documentDated", number, date, content, files.size());
            });
        });
    }

    public CommandResult accept(PetitionCommands.Accept command) {
        return execute(command.id(), command.version(), Transition.ACCEPT, (petition, user, check, now) -> {
            Optional<Long> answer = store.latestAnswer(petition.id());
            check.require(answer.isPresent(), "answer", "workflow.refused.noAnswer");
            // The only way into RESOLVED: resolved_at is written here, with the history event, and nowhere else.
            return new Plan(changes(PETITION.RESOLVED_AT, now), () -> {
                store.review(petition.id(), answer.orElseThrow(), ReviewVerdict.ACCEPTED, null, null, user, now);
                return null;
            });
        });
    }

    public CommandResult returnAnswer(PetitionCommands.Return command) {
        return execute(command.id(), command.version(), Transition.RETURN, (petition, user, check, now) -> {
            String reason = check.required("reason", command.reason(), NOTE_MAX);
            LocalDate deadline = check.deadline("newDeadline", command.newDeadline(), now.toLocalDate());
            Optional<Long> answer = store.latestAnswer(petition.id());
            check.require(answer.isPresent(), "answer", "workflow.refused.noAnswer");
            return new Plan(changes(PETITION.DEADLINE, deadline), () -> {
                store.review(petition.id(), answer.orElseThrow(), ReviewVerdict.RETURNED, reason, deadline, user, now);
                return HistoryText.of("history.reviewReturned", Sentences.ended(reason), deadline);
            });
        });
    }

    public CommandResult sendBack(PetitionCommands.SendBack command) {
        return execute(command.id(), command.version(), Transition.SEND_BACK, (petition, user, check, now) -> {
            String reason = check.required("reason", command.reason(), NOTE_MAX);
            LocalDate deadline = check.deadline("newDeadline", command.newDeadline(), now.toLocalDate());
            return new Plan(changes(PETITION.DEADLINE, deadline),
                    () -> HistoryText.of("history.sentBack", Sentences.ended(reason), deadline));
        });
    }

    /** The change a life-cycle step makes to the petition row, and the rows it adds. */
    private record Plan(Map<Field<?>, Object> petitionChanges, CommandRunner.Effects effects,
            Optional<CommandResult.Refused> refusal) {

        Plan(Map<Field<?>, Object> petitionChanges, CommandRunner.Effects effects) {
            this(petitionChanges, effects, Optional.empty());
        }

        static Plan refuse(CommandResult.Refused refusal) {
            return new Plan(Map.of(), () -> null, Optional.of(refusal));
        }
    }

    @FunctionalInterface
    private interface Planner {
        Plan plan(PetitionSnapshot petition, SignedInUser user, InputCheck check, LocalDateTime now);
    }

    /** A step of the life cycle: its target state and history event come from the transition. */
    private CommandResult execute(PetitionId id, int version, Transition transition, Planner planner) {
        return runner.run(id, version, transition, (petition, user, check, now) -> {
            Plan plan = planner.plan(petition, user, check, now);
            return new CommandRunner.Plan(transition.target(petition.department()), HistoryEvent.of(transition),
                    plan.petitionChanges(), plan.effects(), plan.refusal());
        });
    }

    private static Map<Field<?>, Object> changes(Object... fieldsAndValues) {
        return CommandRunner.changes(fieldsAndValues);
    }
}
