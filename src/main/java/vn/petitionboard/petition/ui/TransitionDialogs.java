package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.petitionboard.base.live.LiveUpdates;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.DepartmentRequestService;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.FollowUp;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.EscalationService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.live.PetitionChange;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;

/**
 * Opens the dialog of a life-cycle step or of an action beside it, wherever the step starts: a board drop, a button on
 * the petition, the review queue. Each step's dialog is its own class (see {@link StepDialog} for what they share).
 */
@SpringComponent
@UIScope
public class TransitionDialogs {

    private final PetitionWorkflowService workflow;
    private final EscalationService escalations;
    private final DirectionService direction;
    private final DepartmentRequestService requests;
    private final OrganisationService organisation;
    private final AttachmentStaging staging;
    private final PetitionChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    TransitionDialogs(PetitionWorkflowService workflow, EscalationService escalations, DirectionService direction,
            DepartmentRequestService requests,
            OrganisationService organisation, AttachmentStaging staging, PetitionChanges changes,
            CurrentUser currentUser, Clock clock) {
        this.workflow = workflow;
        this.escalations = escalations;
        this.direction = direction;
        this.requests = requests;
        this.organisation = organisation;
        this.staging = staging;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Opens the dialog; onDone runs after a successful step, onReload when the user asks for fresh data. */
    public Dialog open(Transition transition, PetitionRef petition, Runnable onDone, Runnable onReload) {
        LocalDate today = LocalDate.now(clock);
        PetitionCommands.Start start = new PetitionCommands.Start(petition.id(), petition.version());
        PetitionCommands.Accept accept = new PetitionCommands.Accept(petition.id(), petition.version());
        StepDialog dialog = switch (transition) {
            case ASSIGN -> new AssignDialog(petition, workflow, organisation, today, onDone, onReload);
            case ANSWER_ON_THE_SPOT -> new AnswerOnTheSpotDialog(petition, workflow, onDone, onReload);
            case START -> new ConfirmStepDialog(transition, "dialog.start.confirm", () -> workflow.start(start),
                    petition, onDone, onReload);
            case REPORT_PROGRESS -> new ProgressDialog(petition, workflow, staging, onDone, onReload);
            case ANSWER -> new AnswerDialog(petition, workflow, staging, today, onDone, onReload);
            case ESCALATE -> new EscalateDialog(petition, escalations, organisation, today, onDone, onReload);
            case RECORD_REPLY -> new ReplyDialog(petition, escalations, today, onDone, onReload);
            case ACCEPT -> new ConfirmStepDialog(transition, "dialog.accept.confirm", () -> workflow.accept(accept),
                    petition, onDone, onReload);
            case RETURN, SEND_BACK -> new ReturnDialog(transition, petition, workflow, today, onDone, onReload);
        };
        return openWatched(dialog, petition);
    }

    /**
     * Opens the dialog of an action beside the life cycle. It needs the petition's current deadline (extensions start
     * after it) and, to decide a request, the open request.
     */
    public Dialog open(PetitionAction action, PetitionRef petition, LocalDate currentDeadline,
            Optional<FollowUp.Request> openRequest, Runnable onDone, Runnable onReload) {
        LocalDate today = LocalDate.now(clock);
        StepDialog dialog = switch (action) {
            case REASSIGN, REQUEST_REASSIGNMENT -> new DepartmentDialog(action, petition,
                    organisation.activeDepartments(), direction, requests, onDone, onReload);
            case EXTEND_DEADLINE, REQUEST_EXTENSION -> new DeadlineDialog(action, petition, currentDeadline, today,
                    direction, requests, onDone, onReload);
            case ADD_INSTRUCTION, REFUSE_REQUEST -> new NoteDialog(action, petition, direction, requests, onDone,
                    onReload);
            case APPROVE_REQUEST -> new ApproveRequestDialog(petition, openRequest.orElseThrow(),
                    organisation.activeDepartments(), today, requests, onDone, onReload);
        };
        return openWatched(dialog, petition);
    }

    /** Opens the dialog, which says so while open if someone else changes its petition. */
    private Dialog openWatched(StepDialog dialog, PetitionRef petition) {
        SignedInUser user = currentUser.require();
        LiveUpdates.whileAttached(dialog, ui -> changes.subscribe(ui, user, petition.id(),
                batch -> PetitionChange.latestOf(batch, petition.id(), user.id()).ifPresent(dialog::changedMeanwhile)));
        dialog.open();
        return dialog;
    }

    /** A refusal or failure the user must see, whatever they were doing. */
    public static void notifyError(String message) {
        Notification notification = new Notification(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
        notification.open();
    }
}
