package vn.petitionboard.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.security.SignedInUser;

/** The heading of both views of the board: its title and the line under it with the totals (#board-total). */
final class BoardHeading extends Div {

    private final Span total = new Span();

    BoardHeading(String title) {
        total.addClassName("board-total");
        total.setId("board-total");
        add(new H1(title), total);
        addClassName("board-heading");
    }

    void total(String text) {
        total.setText(text);
    }

    /** An officer who sees only their department's petitions is told so, under the toolbar (#board-scope). */
    static Optional<Span> scopeNotice(Component i18n, SignedInUser user) {
        if (PetitionConditions.of(user).department().isEmpty()) {
            return Optional.empty();
        }
        Span scope = new Span(i18n.getTranslation("board.scope.department",
                user.departmentName() == null ? "" : user.departmentName()));
        scope.addClassName("board-scope");
        scope.setId("board-scope");
        return Optional.of(scope);
    }
}
