package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.PetitionDetails;

/**
 * The petition page's read-only parts about the petition itself: its facts (domain, department, deadline, conference,
 * authority), its content and who raised it. The view adds them as sections of its own; they translate through it.
 */
final class PetitionSections {

    private final Component view;

    PetitionSections(Component view) {
        this.view = view;
    }

    Section facts(PetitionDetails p, LocalDate today) {
        Div list = new Div();
        list.addClassName("facts");
        fact(list, "petition.field.domain", p.domainName());
        fact(list, "petition.field.department", p.departmentName() != null ? p.departmentName()
                : view.getTranslation("board.card.unassigned"));
        Span deadline = fact(list, "petition.field.deadline", p.deadline() != null ? Formats.date(p.deadline())
                : view.getTranslation("board.card.noDeadline"));
        if (p.isOverdue(today)) {
            deadline.setText(deadline.getText() + " · " + view.getTranslation("board.card.overdue"));
            deadline.addClassName("overdue");
        }
        fact(list, "petition.field.stateSince", Formats.dateTime(p.stateChangedAt()));
        fact(list, "petition.field.conference", p.conferenceTitle());
        fact(list, "petition.field.conferenceDate", Formats.date(p.conferenceDate()));
        fact(list, "petition.field.authority", view.getTranslation(p.withinAuthority()
                ? "petition.field.authority.within" : "petition.field.authority.outside"));
        fact(list, "petition.field.received", Formats.dateTime(p.createdAt()));
        return new Section(list);
    }

    private Span fact(Div list, String labelKey, String value) {
        Span label = new Span(view.getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        Div row = new Div(label, text);
        row.addClassName("fact");
        list.add(row);
        return text;
    }

    Section content(PetitionDetails p) {
        Paragraph text = new Paragraph(p.content()); // shown as text: HTML stays visible as typed
        text.addClassName("details-content");
        text.setId("petition-content");
        return section("petition.field.content", text);
    }

    Section requesters(PetitionDetails p) {
        Div list = new Div();
        list.addClassName("requesters");
        list.setId("petition-requesters");
        if (p.requesters().isEmpty()) {
            list.add(muted("petition.requesters.none"));
        }
        for (PetitionDetails.Requester r : p.requesters()) {
            Span name = new Span(r.fullName());
            name.addClassName("requester-name");
            Div card = new Div(name);
            card.addClassName("requester");
            line(card, r.organisation());
            line(card, r.residentialGroup());
            line(card, r.phone());
            line(card, r.address());
            list.add(card);
        }
        Section section = section("petition.requesters", list);
        if (!p.contactsVisible()) {
            section.add(muted("petition.requester.contactHidden"));
        }
        return section;
    }

    private static void line(Div card, String value) {
        if (value != null && !value.isBlank()) {
            Span span = new Span(value);
            span.addClassName("requester-line");
            card.add(span);
        }
    }

    private Section section(String titleKey, Component body) {
        H2 heading = new H2(view.getTranslation(titleKey));
        Section section = new Section(heading, body);
        section.addClassName("details-section");
        return section;
    }

    private Span muted(String key) {
        Span span = new Span(view.getTranslation(key));
        span.addClassName("muted");
        return span;
    }
}
