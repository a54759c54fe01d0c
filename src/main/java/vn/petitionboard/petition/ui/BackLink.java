package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import vn.petitionboard.base.ui.AddressBar;
import java.util.List;
import java.util.Optional;

/**
 * Where "Quay lại" on a petition's page leads: the page this browser tab came from, with its filters and search (the
 * list, My work, the review queue, the dashboard, a report, a conference's capture screen, the board), remembered for
 * the tab while the user goes from petition to petition; the board when the petition was opened directly.
 */
final class BackLink {

    /** A page to go back to: its address with the query string, and the message key of the link's words. */
    record Origin(String location, String labelKey) {
    }

    static final Origin BOARD = new Origin("board", "petition.back.board");

    private BackLink() {
    }

    /**
     * Called before the petition's page is shown, while the router still holds the page the user is leaving: that
     * page becomes the tab's origin if it is one, else the origin remembered earlier stays.
     */
    static Origin remember(UI ui) {
        Location leaving = AddressBar.current(ui);
        originOf(leaving).ifPresent(origin -> ComponentUtil.setData(ui, Origin.class, origin));
        Origin remembered = ComponentUtil.getData(ui, Origin.class);
        return remembered != null ? remembered : BOARD;
    }

    /** The origin a location stands for; empty for a petition's own page, the home route or the login page. */
    static Optional<Origin> originOf(Location location) {
        if (location == null) {
            return Optional.empty();
        }
        List<String> segments = location.getSegments().stream().filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String key = switch (segments.getFirst()) {
            case "board" -> "petition.back.board";
            case "petitions" -> segments.size() == 1 ? "petition.back.list" : null;
            case "my-work" -> "petition.back.myWork";
            case "review" -> "petition.back.review";
            case "dashboard" -> "petition.back.dashboard";
            case "reports" -> "petition.back.report";
            case "conferences" -> segments.size() == 3 && segments.get(2).equals("capture")
                    ? "petition.back.capture" : "petition.back.conferences";
            default -> null;
        };
        return Optional.ofNullable(key).map(k -> new Origin(location.getPathWithQueryParameters(), k));
    }
}
