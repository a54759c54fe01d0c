package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.live.PetitionChange;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.petition.FollowUp;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.MergedPetition;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.PetitionRoutes;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.web.AttachmentDownloads;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/** Read-only view of one petition: its fields, who raised it, and its full history. */
@Route("petitions/:id")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class PetitionDetailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The board's route: petition links back to it by route, never by importing board's view (a cycle). */
    private static final String BOARD_ROUTE = "board";
    /** The merged petition whose page led here (its id), to say so. */
    private static final String MERGED_PARAMETER = "merged";

    private final PetitionQueryService petitions;
    private final PetitionWorkflowService workflow;
    private final TransitionDialogs dialogs;
    private final PetitionEditDialog editDialog;
    private final MergeDialog mergeDialog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";
    private PetitionId shown;
    /** The "changed meanwhile" banner while shown; showing the petition again takes it away. */
    private Div changedBanner;
    private BackLink.Origin origin = BackLink.BOARD;

    public PetitionDetailsView(PetitionQueryService petitions, PetitionWorkflowService workflow,
            TransitionDialogs dialogs, PetitionEditDialog editDialog, MergeDialog mergeDialog, PetitionChanges changes,
            CurrentUser currentUser, Clock clock) {
        this.petitions = petitions;
        this.workflow = workflow;
        this.dialogs = dialogs;
        this.editDialog = editDialog;
        this.mergeDialog = mergeDialog;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("petition-details");
        SignedInUser user = currentUser.require();
        changes.whileAttached(this, user, batch -> Optional.ofNullable(shown)
                .flatMap(id -> PetitionChange.latestOf(batch, id, user.id())).ifPresent(this::changedMeanwhile));
    }

    /** Someone else changed the petition shown: say who and what, and offer its new version (never forced). */
    private void changedMeanwhile(PetitionChange change) {
        Span text = new Span(getTranslation("petition.changedMeanwhile", change.actorName(),
                getTranslation("event." + change.event().name()), Formats.time(change.at())));
        Button reload = new Button(getTranslation("petition.changedMeanwhile.reload"), e -> reload());
        reload.setId("petition-changed-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        if (changedBanner != null) {
            remove(changedBanner);
        }
        Div banner = new Div(VaadinIcon.INFO_CIRCLE.create(), text, reload);
        banner.setId("petition-changed");
        banner.addClassName("petition-changed");
        banner.getElement().setAttribute("role", "status");
        addComponentAsFirst(banner);
        changedBanner = banner;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        origin = BackLink.remember(event.getUI());
        Optional<PetitionId> id = event.getRouteParameters().get("id").flatMap(PetitionDetailsView::idOf);
        Optional<PetitionDetails> details = id.flatMap(petitions::findDetails);
        if (details.isEmpty()) {
            Optional<MergedPetition> merged = id.flatMap(petitions::mergedInto);
            if (merged.isPresent()) {
                // A merged code leads to the petition it lives on in, which says so (the address changes with it).
                event.forwardTo(PetitionDetailsView.class,
                        new RouteParameters("id", String.valueOf(merged.get().survivor().value())),
                        QueryParameters.of(MERGED_PARAMETER, String.valueOf(merged.get().id().value())));
                return;
            }
            // The same answer whether it does not exist or belongs to another department.
            event.rerouteToError(NotFoundException.class, "petition.notFound");
            return;
        }
        show(details.get());
        // Only a petition really merged into this one is named (the parameter is just an address anyone can type).
        event.getLocation().getQueryParameters().getSingleParameter(MERGED_PARAMETER).flatMap(PetitionDetailsView::idOf)
                .flatMap(petitions::mergedInto)
                .filter(merged -> merged.survivor().equals(shown))
                .ifPresent(merged -> addComponentAsFirst(MergeDialog.notice(merged)));
    }

    private static Optional<PetitionId> idOf(String text) {
        return Optional.of(text).filter(value -> value.matches("\\d{1,18}"))
                .map(value -> new PetitionId(Long.parseLong(value)));
    }


    /** After a step, or when someone else changed the petition: show it as it is now. */
    private void reload() {
        petitions.findDetails(shown).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(BOARD_ROUTE)));
    }

    private void show(PetitionDetails petition) {
        removeAll();
        changedBanner = null;
        shown = petition.id();
        title = petition.code() + " · " + petition.title();

        Anchor back = RouteLink.to(origin.location(), VaadinIcon.ARROW_LEFT.create(),
                new Span(getTranslation(origin.labelKey())));
        back.addClassName("back-link");

        Span code = new Span(petition.code());
        code.addClassName("details-code");
        code.setId("petition-code");
        H1 heading = new H1(petition.title());
        heading.setId("petition-title");
        Div header = new Div(code, stateBadge(petition.state()), heading,
                PrintSheet.button(getTranslation("petition.print")));
        header.addClassName("details-header");

        PetitionRef ref = new PetitionRef(petition.id(), petition.code(), petition.title(), petition.state(),
                petition.departmentId(), petition.version());
        Set<PetitionAction> allowed = workflow.allowedActions(petition.id());
        SignedInUser user = currentUser.require();
        add(PrintSheet.heading(user.unitName(), getTranslation("petition.print.title"), getTranslation(
                "petition.print.printed", Formats.dateTime(LocalDateTime.now(clock)), user.fullName())));
        PetitionSections sections = new PetitionSections(this);
        add(back, header, actions(petition, ref, allowed), requests(petition, ref, allowed),
                sections.facts(petition, LocalDate.now(clock)), sections.content(petition),
                sections.requesters(petition));
        add(FollowUpSections.of(petition, this::download));
        add(new HistoryTimeline(petition));
    }

    /**
     * Every step the user may take now, as buttons: the keyboard way to do what the board does by dragging, and the
     * actions beside the life cycle (another department, more time, an instruction, a department's request).
     */
    private Div actions(PetitionDetails p, PetitionRef ref, Set<PetitionAction> allowed) {
        Div bar = new Div();
        bar.addClassName("details-actions");
        bar.setId("petition-actions");
        for (Transition transition : workflow.allowedTransitions(p.id())) {
            Button button = new Button(getTranslation(transition.labelKey()),
                    e -> dialogs.open(transition, ref, this::reload, this::reload));
            button.setId("action-" + transition.name());
            if (transition == Transition.ACCEPT || transition == Transition.ANSWER
                    || transition == Transition.ASSIGN) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        allowed.stream().filter(a -> !a.decidesARequest()).forEach(action -> bar.add(actionButton(p, ref, action)));
        if (p.state() == PetitionState.RECEIVED && currentUser.require().has(Role.CLERK)) {
            Button edit = new Button(getTranslation("petition.edit"), VaadinIcon.EDIT.create(),
                    e -> editDialog.open(p, this::reload));
            edit.setId("action-EDIT");
            bar.add(edit);
        }
        mergeDialog.button(p, currentUser.require(), survivor -> {
            if (survivor.equals(shown)) {
                reload();
            } else {
                getUI().ifPresent(ui -> ui.navigate(PetitionRoutes.details(survivor)));
            }
        }).ifPresent(bar::add);
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    /** The department's requests, with a leader's "Đồng ý" / "Không đồng ý" beside the open one. */
    private Component requests(PetitionDetails p, PetitionRef ref, Set<PetitionAction> allowed) {
        if (p.followUp().requests().isEmpty()) {
            return new Div();
        }
        Div decisions = new Div();
        decisions.addClassName("request-decisions");
        allowed.stream().filter(PetitionAction::decidesARequest)
                .forEach(action -> decisions.add(actionButton(p, ref, action)));
        return new RequestSection(p.followUp().requests(), decisions);
    }

    private Button actionButton(PetitionDetails p, PetitionRef ref, PetitionAction action) {
        Button button = new Button(getTranslation(action.labelKey()), e -> dialogs.open(action, ref, p.deadline(),
                p.followUp().openRequest(), this::reload, this::reload));
        button.setId("action-" + action.name());
        if (action == PetitionAction.APPROVE_REQUEST) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** A stable address, checked on every request (AttachmentDownloads): it can be shared and survives a reload. */
    private String download(FollowUp.AttachmentRef file) {
        return AttachmentDownloads.url(shown, file.id(), file.fileName());
    }

    private Span stateBadge(PetitionState state) {
        Span badge = new Span(getTranslation("state." + state.name()));
        badge.addClassNames("state-badge", "state-" + state.name().toLowerCase());
        badge.setId("petition-state");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
