package vn.petitionboard.petition.ui.capture;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.ui.PetitionDetailsView;

/** What was captured on this visit, newest first, each linked to its petition. */
final class SavedPetitions extends Section {

    private final PetitionQueryService petitions;
    private final Div recent = new Div();
    private final Span recentEmpty = new Span(getTranslation("capture.recent.empty"));

    SavedPetitions(PetitionQueryService petitions) {
        this.petitions = petitions;
        recent.setId("capture-recent");
        recent.addClassName("capture-recent");
        recent.getElement().setAttribute("role", "list");
        recentEmpty.addClassName("muted");
        add(new H2(getTranslation("capture.recent")), recentEmpty, recent);
        addClassNames("capture-section", "capture-recent-section");
    }

    /** Lists the petition as it was recorded: title and requesters as the service cleaned and linked them. */
    void add(CaptureForm.Saved saved) {
        Optional<PetitionDetails> details = petitions.findDetails(saved.id());
        String title = details.map(PetitionDetails::title).orElse(saved.typedTitle());
        String who = details.map(d -> d.requesters().stream().map(PetitionDetails.Requester::fullName)
                .collect(Collectors.joining(", "))).orElse("");
        recent.addComponentAsFirst(item(saved, title, who));
        recentEmpty.setVisible(false);
    }

    private Div item(CaptureForm.Saved saved, String title, String who) {
        Span codeText = new Span(saved.code());
        codeText.addClassName("recent-code");
        Span titleText = new Span(title == null ? "" : title);
        titleText.addClassName("recent-title");
        RouterLink link = new RouterLink(PetitionDetailsView.class,
                new RouteParameters("id", Long.toString(saved.id().value())));
        link.add(codeText, titleText);
        link.addClassName("recent-link");
        Div item = new Div(link);
        item.addClassName("recent-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-code", saved.code());
        if (!who.isBlank()) {
            Span whoText = new Span(who);
            whoText.addClassName("recent-who");
            item.add(whoText);
        }
        if (saved.answered()) {
            Span tag = new Span(getTranslation("capture.recent.answered"));
            tag.addClassNames("state-badge", "state-answered");
            item.add(tag);
        }
        return item;
    }
}
