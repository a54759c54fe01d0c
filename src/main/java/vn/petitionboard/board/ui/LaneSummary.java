package vn.petitionboard.board.ui;

import vn.petitionboard.base.ui.LitText;
import vn.petitionboard.board.DomainLane;
import vn.petitionboard.petition.PetitionState;

/**
 * What a lane's header shows, always, open or closed: the domain, its unresolved and overdue petitions, and its count
 * in each column ("Đang xử lý 2"). Screen readers hear it all as the name of the lane's toggle button.
 * <p>
 * Markup set as one property of one element (an {@code Html}): a lane's header is plain text that changes only as a
 * whole, after a move, and the board by domain has up to a dozen of them on every open page. Every word is escaped.
 */
final class LaneSummary {

    private LaneSummary() {
    }

    static String html(DomainLane lane, CardFace.Texts i18n) {
        StringBuilder html = new StringBuilder("<div class=\"lane-summary\">");
        // Spaces between the parts: a screen reader joins the texts of a button's name as they are written.
        html.append("<span class=\"lane-name\">").append(text(lane.name())).append("</span> ");
        html.append("<span class=\"lane-figures\"><span class=\"lane-total\">")
                .append(text(i18n.getTranslation("board.lane.total", lane.total()))).append("</span>");
        if (lane.hasOverdue()) {
            html.append(" <span class=\"lane-overdue\"><vaadin-icon icon=\"vaadin:warning\" aria-hidden=\"true\">"
                    + "</vaadin-icon>").append(text(i18n.getTranslation("board.lane.overdue", lane.overdue())))
                    .append("</span>");
        }
        html.append("</span> <span class=\"lane-counts\">");
        for (PetitionState state : PetitionState.UNRESOLVED) {
            int count = lane.count(state);
            html.append("<span class=\"lane-count").append(count == 0 ? " is-zero" : "")
                    .append("\" data-state=\"").append(state.name()).append("\"><span class=\"lane-count-label\">")
                    .append(text(i18n.getTranslation("state." + state.name())))
                    .append("</span> <span class=\"lane-count-value\">").append(count).append("</span></span> ");
        }
        return html.append("</span></div>").toString();
    }

    private static String text(String words) {
        return LitText.literal(words);
    }
}
