package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another feature's page by its route, navigated inside the app as a RouterLink is (no page load). Features
 * link to each other this way instead of importing each other's view classes, which would tie them in a cycle.
 */
public final class RouteLink {

    private RouteLink() {
    }

    public static Anchor to(String route, String text) {
        return routed(new Anchor(route, text));
    }

    public static Anchor to(String route, Component... content) {
        return routed(new Anchor(route, content));
    }

    private static Anchor routed(Anchor link) {
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
