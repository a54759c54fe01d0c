package vn.petitionboard.petition.ui.capture;

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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.security.Permissions;

/**
 * The clerk types petitions here while delegates speak: one short form, Enter saves (Shift+Enter is a new line in
 * the content), and the form is ready for the next speaker at once, keeping the chosen domain. The conference's
 * petitions are listed below the form, newest first, each linked to its petition, whenever they were typed. The screen hangs under its conference's address
 * because the clerk opens it from the conferences list; it lives with the petitions because that is what it writes.
 */
@Route("conferences/:id/capture")
@RolesAllowed(Permissions.CLERK)
public class CaptureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "id";
    /** The conferences list, by route: the conference feature's views are not this feature's to import. */
    private static final String CONFERENCES_ROUTE = "conferences";

    private final ConferenceService conferences;
    private final H1 conferenceTitle = new H1();
    private final Span conferenceFacts = new Span();
    private final ConferencePetitionList saved;

    private ConferenceSummary conference;
    private int captured;

    public CaptureView(ConferenceService conferences, PetitionIntakeService intake, PetitionQueryService petitions,
            OrganisationService organisation) {
        this.conferences = conferences;
        this.saved = new ConferencePetitionList(petitions);
        addClassName("capture-view");

        Anchor back = RouteLink.to(CONFERENCES_ROUTE, VaadinIcon.ARROW_LEFT.create(),
                new Span(getTranslation("capture.back")));
        back.addClassName("back-link");
        Span overline = new Span(getTranslation("capture.title"));
        overline.addClassName("capture-overline");
        conferenceTitle.setId("capture-conference");
        conferenceFacts.addClassName("capture-facts");
        conferenceFacts.setId("capture-conference-facts");
        Div header = new Div(overline, conferenceTitle, conferenceFacts);
        header.addClassName("capture-header");

        CaptureForm form = new CaptureForm(intake, conferences, organisation.activeDomains(),
                () -> conference == null ? null : conference.id(), this::petitionSaved);
        add(back, header, form, saved);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ConferenceSummary> found = event.getRouteParameters().get(ID_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(id -> new ConferenceId(Long.parseLong(id)))
                .flatMap(conferences::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "conference.notFound");
            return;
        }
        conference = found.get();
        captured = conference.petitionCount();
        conferenceTitle.setText(conference.title());
        updateFacts();
        saved.show(conference.id(), captured);
    }

    private void petitionSaved(CaptureForm.Saved petition) {
        captured++;
        updateFacts();
        saved.show(conference.id(), captured);
    }

    private void updateFacts() {
        conferenceFacts.setText(getTranslation("capture.conference.facts", Formats.date(conference.heldOn()),
                getTranslation(conference.kind().labelKey()), captured));
    }

    @Override
    public String getPageTitle() {
        String name = conference == null ? "" : " · " + conference.title();
        return getTranslation("capture.title") + name + " · " + getTranslation("app.title");
    }
}
