package vn.petitionboard.board.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.ui.PetitionRef;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.security.SignedInUser;

/**
 * Dragging a card to another column starts that column's transition. A card is draggable only when the user has a
 * move to make with it; while it is dragged, only the columns it may go to accept a drop. The service checks again.
 * Cards are plain elements (see {@link CardRenderer}), so a drag is heard on the column's card list, where the card's
 * dragstart bubbles to, rather than through a DragSource component per card.
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

    /** The id of the card a drag started on, read in the browser when the event fires. */
    private static final String DRAGGED_ID = "event.target.closest('[data-id]')?.dataset.id ?? ''";
    /** Marks the drag as a move and gives it text data (some browsers start no drag without data). */
    private static final String MOVE_DATA = "(event.dataTransfer.effectAllowed = 'move', "
            + "event.dataTransfer.setData('text/plain', event.target.closest('[data-code]')?.dataset.code ?? ''), "
            + "true)";

    void column(BoardColumn column) {
        columns.add(column);
        DropTarget<BoardColumn> target = DropTarget.create(column);
        target.setActive(false);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> drop(column));
        column.cardList().addEventListener("dragstart", e -> {
            String id = e.getEventData().get(DRAGGED_ID).asString();
            if (!id.isEmpty()) {
                column.card(new PetitionId(Long.parseLong(id))).ifPresent(this::start);
            }
        }).addEventData(DRAGGED_ID).addEventData(MOVE_DATA);
        column.cardList().addEventListener("dragend", e -> end());
    }

    /** Whether the user has a move to make with the card: only then is it draggable. */
    boolean movable(PetitionCard card) {
        return columns.stream().anyMatch(c -> move(card, c).isPresent());
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
        openStep(transition.get(), card);
    }

    /**
     * A card's "Chuyển…", the way to move it without dragging (keyboard, screen reader, phone): offers the columns a
     * drop would accept, by the same rule, and opens the same step's dialog as a drop on the one chosen.
     */
    void chooseMove(PetitionCard card) {
        List<MoveChooser.Target> targets = columns.stream()
                .flatMap(column -> move(card, column).map(t -> new MoveChooser.Target(column.state(), t)).stream())
                .toList();
        if (targets.isEmpty()) {
            TransitionDialogs.notifyError(columns.getFirst().getTranslation("workflow.refused.drop"));
            return;
        }
        new MoveChooser(card, targets, target -> openStep(target.transition(), card)).open();
    }

    private void openStep(Transition transition, PetitionCard card) {
        dialogs.open(transition, new PetitionRef(card.id(), card.code(), card.title(), card.state(),
                card.departmentId(), card.version()), refresh, refresh);
    }

    private Optional<Transition> move(PetitionCard card, BoardColumn column) {
        return Transition.forMove(user, card.state(), column.state(), card.departmentId());
    }
}
