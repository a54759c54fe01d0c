package vn.petitionboard.board.ui;

import java.io.Serializable;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionRoutes;

/**
 * What one card shows, as plain texts and flags: the values the card's Lit template binds. Lit writes every value as
 * text or an attribute value, so a title typed with HTML is shown as typed, never run.
 */
record CardFace(
        long id,
        String code,
        String href,
        String title,
        String domain,
        String department,
        boolean assigned,
        String days,
        String daysInState,
        String deadline,
        boolean hasDeadline,
        boolean overdue,
        String overdueWord,
        boolean movable) {

    /** The UI's translations: a component's getTranslation. */
    @FunctionalInterface
    interface Texts extends Serializable {
        String getTranslation(String key, Object... params);
    }

    static CardFace of(PetitionCard card, LocalDate today, boolean movable, Texts i18n) {
        long days = card.daysInState(today);
        boolean overdue = card.isOverdue(today);
        boolean assigned = card.departmentName() != null;
        boolean hasDeadline = card.deadline() != null;
        return new CardFace(
                card.id().value(),
                card.code(),
                PetitionRoutes.details(card.id()),
                card.title(),
                card.domainName(),
                assigned ? card.departmentName() : i18n.getTranslation("board.card.unassigned"),
                assigned,
                i18n.getTranslation("board.card.days", days),
                i18n.getTranslation("board.card.daysInState", days),
                hasDeadline ? i18n.getTranslation("board.card.deadline", Formats.date(card.deadline()))
                        : i18n.getTranslation("board.card.noDeadline"),
                hasDeadline,
                overdue,
                overdue ? i18n.getTranslation("board.card.overdue") : "",
                movable);
    }
}
