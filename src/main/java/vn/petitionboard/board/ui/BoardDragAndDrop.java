package vn.petitionboard.board.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.ui.PetitionRef;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.security.SignedInUser;

/**
 * Dragging a card to another column starts that column's transition. A card is draggable only when the user has a
 * move to make with it; while it is dragged, only the columns it may go to accept a drop. The service checks again.
 */
class BoardDragAndDrop {

    private final SignedInUser user;
    private final TransitionDialogs dialogs;
    private final Runnable refresh;
    private final List<BoardColumn> columns = new ArrayList<>();
    private PetitionCard dragged;

    BoardDragAndDrop(SignedInUser user, TransitionDialogs dialogs, Runnable refresh) {
        this.user = user;
        this.dialogs = dialogs;
        this.refresh = refresh;
    }

    void column(BoardColumn column) {
        columns.add(column);
        DropTarget<BoardColumn> target = DropTarget.create(column);
        target.setActive(false);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> drop(column));
    }

    void card(PetitionCardView view, PetitionCard card) {
        boolean movable = columns.stream().anyMatch(c -> move(card, c).isPresent());
        if (!movable) {
            return;
        }
        DragSource<PetitionCardView> source = DragSource.create(view);
        source.setEffectAllowed(EffectAllowed.MOVE);
        view.addClassName("draggable");
        source.addDragStartListener(e -> start(card));
        source.addDragEndListener(e -> end());
    }

    private void start(PetitionCard card) {
        dragged = card;
        columns.forEach(column -> {
            boolean allowed = move(card, column).isPresent();
            DropTarget.configure(column).setActive(allowed);
            column.setClassName("drop-allowed", allowed);
            column.setClassName("drop-forbidden", !allowed && column.state() != card.state());
        });
    }

    private void end() {
        columns.forEach(column -> {
            DropTarget.configure(column).setActive(false);
            column.removeClassNames("drop-allowed", "drop-forbidden");
        });
    }

    private void drop(BoardColumn column) {
        PetitionCard card = dragged;
        dragged = null;
        end();
        if (card == null) {
            return;
        }
        Optional<Transition> transition = move(card, column);
        if (transition.isEmpty()) {
            TransitionDialogs.notifyError(column.getTranslation("workflow.refused.drop"));
            return;
        }
        dialogs.open(transition.get(), new PetitionRef(card.id(), card.code(), card.title(), card.state(),
                card.departmentId(), card.version()), refresh, refresh);
    }

    private Optional<Transition> move(PetitionCard card, BoardColumn column) {
        return Transition.forMove(user, card.state(), column.state(), card.departmentId());
    }
}
