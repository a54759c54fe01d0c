package vn.petitionboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.petitionboard.board.ui.BoardView;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.admin.ui.UsersView;

/** The start page after login: the board for everyone who works on petitions, the user list for administrators. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean onlyAdmin = currentUser.require().roles().stream().allMatch(r -> r == Role.ADMIN);
        event.forwardTo(onlyAdmin ? UsersView.class : BoardView.class);
    }
}
