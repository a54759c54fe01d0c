package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.PetitionDetails;

/** The petition page's history (with that of the duplicates merged into it): every event, oldest first, with who, when, the change of state and the details. */
final class HistoryTimeline extends Section {

    HistoryTimeline(PetitionDetails p) {
        addClassName("details-section");
        Div timeline = new Div();
        timeline.addClassName("timeline");
        timeline.setId("petition-history");
        timeline.getElement().setAttribute("role", "list");
        if (p.history().isEmpty()) {
            Span none = new Span(getTranslation("petition.history.none"));
            none.addClassName("muted");
            timeline.add(none);
        }
        p.history().forEach(entry -> timeline.add(item(entry)));
        add(new H2(getTranslation("petition.history")), timeline);
    }

    private Div item(PetitionDetails.HistoryEntry entry) {
        Div item = new Div(span(Formats.dateTime(entry.occurredAt()), "timeline-when"),
                span(getTranslation("event." + entry.eventType()), "timeline-what"),
                span(entry.actorName(), "timeline-who"));
        item.addClassName("timeline-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-event", entry.eventType().name());
        if (entry.mergedCode() != null) {
            // An event of a duplicate merged into this petition: its history lives on here, under its own code.
            item.addComponentAtIndex(1, span(getTranslation("petition.history.fromMerged", entry.mergedCode()),
                    "timeline-origin"));
            item.getElement().setAttribute("data-petition", entry.mergedCode());
        }
        if (entry.fromState() != null && entry.toState() != null && entry.fromState() != entry.toState()) {
            item.add(span(getTranslation("petition.history.transition",
                    getTranslation("state." + entry.fromState().name()),
                    getTranslation("state." + entry.toState().name())), "timeline-transition"));
        }
        String details = details(entry);
        if (details != null && !details.isBlank()) {
            item.add(span(details, "timeline-details"));
        }
        return item;
    }

    /**
     * The entry's words in the reader's language when the row has them as key and arguments, else the Vietnamese text
     * it was written with (rows older than the keys, the demo's, or a key this version does not know).
     */
    private String details(PetitionDetails.HistoryEntry entry) {
        return entry.text()
                .flatMap(text -> Optional.of(getTranslation(text.key(), text.arguments()))
                        .filter(translated -> !translated.equals("!" + text.key())))
                .orElse(entry.details());
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
