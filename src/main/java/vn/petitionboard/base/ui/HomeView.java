package vn.petitionboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The start page after login: the first menu entry the user may open, so the board for everyone who works on
 * petitions and the user list for administrators, by route and without naming either view.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().findFirst().ifPresentOrElse(
                entry -> event.forwardTo(entry.path()),
                // A user with no role may open nothing: the same answer as any page they may not open.
                () -> event.rerouteToError(NotFoundException.class));
    }
}
