package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.board.PetitionCard;

/** A card on the board: a link to the petition (so Tab and Enter open it) showing what a leader scans for. */
class PetitionCardView extends Anchor {

    /** The petition's details page, by route: features link to each other's pages, never import their views. */
    private static final String PETITION_ROUTE = "petitions/";

    PetitionCardView(PetitionCard card, LocalDate today) {
        setHref(PETITION_ROUTE + card.id().value());
        addClassName("petition-card");
        setId("card-" + card.code());
        getElement().setAttribute("data-code", card.code());
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("aria-label", getTranslation("board.card.open", card.code()) + ": " + card.title());

        Span code = new Span(card.code());
        code.addClassName("card-code");
        Div top = new Div(code, daysInState(card, today));
        top.addClassName("card-top");
        Span domain = new Span(card.domainName());
        domain.addClassNames("card-domain", "tag");

        Span title = new Span(card.title()); // text, never HTML
        title.addClassName("card-title");

        Span department = new Span(card.departmentName() != null ? card.departmentName()
                : getTranslation("board.card.unassigned"));
        department.addClassName("card-department");
        if (card.departmentName() == null) {
            department.addClassName("muted");
        }

        add(top, domain, title, department, deadline(card, today));
    }

    private Span deadline(PetitionCard card, LocalDate today) {
        Span deadline;
        if (card.deadline() == null) {
            deadline = new Span(getTranslation("board.card.noDeadline"));
            deadline.addClassName("muted");
        } else if (card.isOverdue(today)) {
            // Not by colour alone: a warning icon, and the word for screen readers and on hover.
            Icon warning = VaadinIcon.WARNING.create();
            warning.addClassName("overdue-icon");
            deadline = new Span(warning, new Span(getTranslation("board.card.deadline",
                    Formats.date(card.deadline()))));
            deadline.setTitle(getTranslation("board.card.overdue"));
            deadline.getElement().setAttribute("aria-label", getTranslation("board.card.deadline",
                    Formats.date(card.deadline())) + ", " + getTranslation("board.card.overdue"));
            deadline.addClassName("overdue");
            addClassName("is-overdue");
        } else {
            deadline = new Span(getTranslation("board.card.deadline", Formats.date(card.deadline())));
        }
        deadline.addClassName("card-deadline");
        return deadline;
    }

    private Span daysInState(PetitionCard card, LocalDate today) {
        Icon clock = VaadinIcon.CLOCK.create();
        clock.addClassName("age-icon");
        Span days = new Span(clock, new Span(getTranslation("board.card.days", card.daysInState(today))));
        days.setTitle(getTranslation("board.card.daysInState", card.daysInState(today)));
        days.getElement().setAttribute("aria-label", getTranslation("board.card.daysInState",
                card.daysInState(today)));
        days.addClassName("card-age");
        return days;
    }
}
