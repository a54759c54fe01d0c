package vn.petitionboard.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import vn.petitionboard.base.ui.LitText;

/**
 * "Theo cột | Theo lĩnh vực": the two ways to see the board, as links to their own addresses ("board",
 * "board/by-domain"), so that the choice is in the URL, a reload keeps it and the back button undoes it. The current
 * one is marked for screen readers (aria-current). Links navigate inside the app (router-link), without a page load.
 * <p>
 * One element with its markup as a property, not a component per link: it sits on every open board, whose heap per
 * user is counted (docs/benchmarks/board-cost.md). The words come from the message bundle and are escaped all the same.
 */
final class BoardViewToggle {

    static final String COLUMNS_ROUTE = "board";
    static final String DOMAINS_ROUTE = "board/by-domain";

    private BoardViewToggle() {
    }

    static Html create(Component i18n, boolean byDomain) {
        return new Html("<nav class=\"board-view-toggle\" id=\"board-view-toggle\" aria-label=\""
                + LitText.literal(i18n.getTranslation("board.view.label")) + "\">"
                + link(COLUMNS_ROUTE, "board-view-columns", i18n.getTranslation("board.view.columns"), !byDomain)
                + link(DOMAINS_ROUTE, "board-view-domains", i18n.getTranslation("board.view.domains"), byDomain)
                + "</nav>");
    }

    private static String link(String route, String id, String text, boolean current) {
        return "<a href=\"" + route + "\" router-link id=\"" + id + "\"" + (current ? " aria-current=\"page\"" : "")
                + ">" + LitText.literal(text) + "</a>";
    }
}
