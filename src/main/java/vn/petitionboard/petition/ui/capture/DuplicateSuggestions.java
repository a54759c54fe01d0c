package vn.petitionboard.petition.ui.capture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.petition.LikelyDuplicate;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionRoutes;

/**
 * "Có thể trùng với kiến nghị đã có": open petitions of the unit that share words with the title and content being
 * typed, each with a button that adds the delegates being typed to it instead of capturing the same issue again.
 * Hidden while there is nothing to suggest. The service decides what may be added; this only shows its answer.
 */
final class DuplicateSuggestions extends Section {

    static final int SHOWN = 5;

    /** What the capture form gives and does around an attach. */
    interface Form {

        /** The delegates in the list and the one being typed, as a save would send them. */
        List<Requester> requesters();

        /** Added to that petition: tell the clerk and get ready for the next speaker. */
        void attached(String code);

        /** Not added, or not all: show why as a save's refusal would be shown. */
        void notAttached(LikelyDuplicate petition, CommandResult result);
    }

    private final PetitionIntakeService intake;
    private final Form form;
    private final Div items = new Div();
    /** Read out when the suggestions change; kept in the page so that screen readers hear it. */
    private final Span status = new Span();
    private List<LikelyDuplicate> shown = List.of();

    DuplicateSuggestions(PetitionIntakeService intake, Form form) {
        this.intake = intake;
        this.form = form;
        H2 heading = new H2(getTranslation("capture.duplicates"));
        heading.setId("capture-duplicates-heading");
        items.setId("capture-duplicates");
        items.addClassName("capture-duplicates");
        items.getElement().setAttribute("role", "list");
        add(heading, items);
        setId("capture-duplicates-section");
        addClassNames("capture-section", "capture-duplicates-section");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        setVisible(false);
        status.addClassName("visually-hidden");
        status.getElement().setAttribute("aria-live", "polite");
    }

    /** The live region to place somewhere always visible (this section hides itself). */
    Span status() {
        return status;
    }

    /** Looks again for what the typed text may repeat. */
    void refresh(String title, String content) {
        show(intake.likelyDuplicates(title, content, SHOWN));
    }

    void clear() {
        show(List.of());
    }

    private void show(List<LikelyDuplicate> found) {
        // Leaving the content for a suggestion's button looks again: the same answer must leave the buttons in place,
        // or the focus would be lost with the button it was moving to.
        if (found.equals(shown)) {
            return;
        }
        shown = found;
        items.removeAll();
        found.forEach(petition -> items.add(item(petition)));
        setVisible(!found.isEmpty());
        status.setText(found.isEmpty() ? "" : getTranslation("capture.duplicates.status", found.size()));
    }

    private Div item(LikelyDuplicate petition) {
        Anchor code = new Anchor(PetitionRoutes.details(petition.id()), petition.code(), AnchorTarget.BLANK);
        code.getElement().setAttribute("rel", "noopener");
        code.setAriaLabel(getTranslation("capture.duplicate.open", petition.code()));
        code.addClassName("recent-code");
        Span title = new Span(petition.title());
        title.addClassName("recent-title");
        Span state = new Span(getTranslation("state." + petition.state().name()));
        state.addClassNames("state-badge", "state-" + petition.state().name().toLowerCase(Locale.ROOT));
        Span facts = new Span(getTranslation("capture.duplicate.facts", petition.domainName(),
                petition.requesterCount()));
        facts.addClassName("recent-who");
        Div item = new Div(code, title, state, facts);
        item.addClassNames("recent-item", "duplicate-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-code", petition.code());
        if (petition.acceptsRequesters()) {
            Button attach = new Button(getTranslation("capture.duplicate.attach", petition.code()),
                    VaadinIcon.USER_CHECK.create(), e -> attach(petition));
            attach.addThemeVariants(ButtonVariant.LUMO_SMALL);
            attach.addClassName("duplicate-attach");
            item.add(attach);
        } else {
            Span assigned = new Span(getTranslation("capture.duplicate.assigned"));
            assigned.addClassName("recent-who");
            item.add(assigned);
        }
        return item;
    }

    /**
     * One addRequester per delegate, each at the version the previous one left. They are separate transactions: when
     * a later one is refused, the earlier ones stay added, and the refusal says who was not.
     */
    private void attach(LikelyDuplicate petition) {
        List<Requester> requesters = form.requesters();
        if (requesters.isEmpty()) {
            form.notAttached(petition, CommandResult.Refused.of("capture.addRequester.nameFirst"));
            return;
        }
        int version = petition.version();
        for (Requester requester : requesters) {
            CommandResult result = intake.addRequester(new IntakeCommands.AddRequester(petition.id(), version,
                    requester));
            if (!(result instanceof CommandResult.Done done)) {
                form.notAttached(petition, result);
                return;
            }
            version = done.version();
        }
        form.attached(petition.code());
    }
}
