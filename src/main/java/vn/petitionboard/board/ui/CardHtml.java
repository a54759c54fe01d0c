package vn.petitionboard.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionRoutes;

/**
 * A card on the board as ONE element: a link to the petition (so Tab and Enter open it) whose inside is escaped HTML.
 * A component tree per card cost ~15 state nodes and ~4.8 KB of UIDL a card, and ~12 KB of server heap; one element
 * with its markup as a property costs one node and a fraction of the bytes (docs/benchmarks/board-cost.md). Every
 * text from the database goes through {@link #escape}: a title is shown as typed, never run as HTML.
 */
final class CardHtml {

    private CardHtml() {
    }

    /** The card's element; draggable when the user has a move to make with it. */
    static Element create(PetitionCard card, LocalDate today, boolean draggable, Component i18n) {
        Element link = new Element("a");
        link.setAttribute("href", PetitionRoutes.details(card.id()));
        link.setAttribute("router-link", true);
        link.setAttribute("id", "card-" + card.code());
        link.setAttribute("data-code", card.code());
        link.setAttribute("data-id", Long.toString(card.id().value()));
        link.setAttribute("role", "listitem");
        link.setAttribute("aria-label", i18n.getTranslation("board.card.open", card.code()) + ": " + card.title());
        String classes = "petition-card" + (card.isOverdue(today) ? " is-overdue" : "");
        if (draggable) {
            link.setAttribute("draggable", "true");
            classes += " draggable";
        }
        link.setAttribute("class", classes);
        link.setProperty("innerHTML", inner(card, today, i18n));
        return link;
    }

    static String inner(PetitionCard card, LocalDate today, Component i18n) {
        long days = card.daysInState(today);
        String daysInState = escape(i18n.getTranslation("board.card.daysInState", days));
        String department = card.departmentName() != null
                ? "<span class=\"card-department\">" + escape(card.departmentName()) + "</span>"
                : "<span class=\"card-department muted\">" + escape(i18n.getTranslation("board.card.unassigned"))
                        + "</span>";
        return "<div class=\"card-top\"><span class=\"card-code\">" + escape(card.code()) + "</span>"
                + "<span class=\"card-age\" title=\"" + daysInState + "\" aria-label=\"" + daysInState + "\">"
                + "<vaadin-icon icon=\"vaadin:clock\" class=\"age-icon\" aria-hidden=\"true\"></vaadin-icon><span>"
                + escape(i18n.getTranslation("board.card.days", days)) + "</span></span></div>"
                + "<span class=\"card-domain tag\">" + escape(card.domainName()) + "</span>"
                + "<span class=\"card-title\">" + escape(card.title()) + "</span>"
                + department + deadline(card, today, i18n);
    }

    private static String deadline(PetitionCard card, LocalDate today, Component i18n) {
        if (card.deadline() == null) {
            return "<span class=\"card-deadline muted\">" + escape(i18n.getTranslation("board.card.noDeadline"))
                    + "</span>";
        }
        String text = escape(i18n.getTranslation("board.card.deadline", Formats.date(card.deadline())));
        if (!card.isOverdue(today)) {
            return "<span class=\"card-deadline\">" + text + "</span>";
        }
        // Not by colour alone: a warning icon, and the word for screen readers and on hover.
        String overdue = escape(i18n.getTranslation("board.card.overdue"));
        return "<span class=\"card-deadline overdue\" title=\"" + overdue + "\" aria-label=\"" + text + ", " + overdue
                + "\"><vaadin-icon icon=\"vaadin:warning\" class=\"overdue-icon\" aria-hidden=\"true\"></vaadin-icon>"
                + "<span>" + text + "</span></span>";
    }

    /** Text as HTML text or attribute value: the five characters that could end either are replaced. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
