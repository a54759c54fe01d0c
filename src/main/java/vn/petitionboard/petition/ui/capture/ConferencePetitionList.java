package vn.petitionboard.petition.ui.capture;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.ConferencePetition;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.ui.PetitionDetailsView;

/**
 * The conference's petitions below the form, newest first, each linked to its petition, read from the database: after
 * a reload, or on the clerk's second day of typing up, the screen shows what is already recorded. The latest
 * {@value #SHOWN} are listed; the rest are a link away, in the petition list filtered by the conference.
 */
final class ConferencePetitionList extends Section {

    static final int SHOWN = 50;

    private final PetitionQueryService petitions;
    private final Div items = new Div();
    private final Span empty = new Span(getTranslation("capture.recent.empty"));
    private final Div more = new Div();
    private final H2 heading = new H2();

    ConferencePetitionList(PetitionQueryService petitions) {
        this.petitions = petitions;
        items.setId("capture-recent");
        items.addClassName("capture-recent");
        items.getElement().setAttribute("role", "list");
        empty.addClassName("muted");
        more.addClassName("capture-recent-more");
        add(heading, empty, items, more);
        addClassNames("capture-section", "capture-recent-section");
    }

    /** Lists the conference's latest petitions; {@code total} is how many it has in all. */
    void show(ConferenceId conference, int total) {
        heading.setText(getTranslation("capture.recent", total));
        List<ConferencePetition> latest = petitions.latestOfConference(conference, SHOWN);
        items.removeAll();
        latest.forEach(p -> items.add(item(p)));
        empty.setVisible(latest.isEmpty());
        more.removeAll();
        if (total > latest.size()) {
            more.add(RouteLink.to("petitions?conference=" + conference.value(),
                    getTranslation("capture.recent.all", total)));
        }
    }

    private Div item(ConferencePetition petition) {
        Span codeText = new Span(petition.code());
        codeText.addClassName("recent-code");
        Span titleText = new Span(petition.title());
        titleText.addClassName("recent-title");
        RouterLink link = new RouterLink(PetitionDetailsView.class,
                new RouteParameters("id", Long.toString(petition.id().value())));
        link.add(codeText, titleText);
        link.addClassName("recent-link");
        Div item = new Div(link);
        item.addClassName("recent-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-code", petition.code());
        if (!petition.requesterNames().isEmpty()) {
            Span who = new Span(String.join(", ", petition.requesterNames()));
            who.addClassName("recent-who");
            item.add(who);
        }
        Span state = new Span(getTranslation("state." + petition.state().name()));
        state.addClassNames("state-badge", "state-" + petition.state().name().toLowerCase(Locale.ROOT));
        item.add(state);
        return item;
    }
}
