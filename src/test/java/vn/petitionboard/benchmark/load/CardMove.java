package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.benchmark.load.LoadStats.Kind;
import vn.petitionboard.benchmark.load.UidlTree.Node;
import vn.petitionboard.benchmark.load.VirtualUser.Pick;

/**
 * One card moved as a person moves it: picked up (dragstart on its column's card list), dropped on the next column
 * (the step's dialog opens), the dialog filled, Confirm clicked (the columns reload in the answer), then the dialog's
 * and the notification's closing reported. The outcome is read from the answer: applied (dialog closed, no error
 * notification, the card gone from its column), or not applied and why (conflict, invalid input, refused, ...).
 */
final class CardMove {

    private final FlowConnection connection;
    private final UidlTree tree;
    private final BoardScreen board;
    private final LoadStats stats;
    private final LoadPlan.User user;

    CardMove(FlowConnection connection, BoardScreen board, LoadStats stats, LoadPlan.User user) {
        this.connection = connection;
        this.tree = connection.tree;
        this.board = board;
        this.stats = stats;
        this.user = user;
    }

    /**
     * The move; its steps are recorded each, and together as the whole move. False when the board gave no dialog for
     * the drop although every request was answered (the workflow does not allow this move of this card).
     */
    boolean run(Pick pick) {
        stats.count("moves attempted");
        Step whole = new Step(stats, Kind.WHOLE_MOVE);
        try {
            return run(pick, whole);
        } finally {
            whole.record();
        }
    }

    private boolean run(Pick pick, Step whole) {
        Step drag = new Step(stats, Kind.MOVE, whole);
        int before = tree.maxId();
        if (!(drag.add(connection.rpc(board.dragStart(pick.from(), pick.card())))
                && drag.add(connection.rpc(board.drop(pick.from(), pick.to()))))) {
            drag.record();
            outcome("move not applied: request failed");
            return true;
        }
        Optional<Node> dialog = board.openDialog().filter(d -> d.id > before);
        if (dialog.isEmpty()) {
            drag.fail(board.errorNotificationOpen() ? "drop refused" : "no dialog after the drop");
            drag.record();
            outcome("move not applied: no dialog");
            close(Optional.empty(), whole);
            return false;
        }
        String transition = dialog.get().attribute("data-transition");
        if (!pick.move().transition().equals(transition)) {
            drag.fail("dialog for " + transition + ", expected " + pick.move().transition());
        }
        drag.record();
        stats.count("dialogs opened: " + transition);

        List<ObjectNode> fill = new DialogFiller(board, user, pick.card()).fill(before);
        if (!fill.isEmpty()) {
            Step s = new Step(stats, Kind.FILL, whole);
            s.add(connection.rpc(fill));
            s.record();
        }
        confirm(pick, dialog.get(), before, whole);
        return true;
    }

    private void confirm(Pick pick, Node dialog, int before, Step whole) {
        Step s = new Step(stats, Kind.CONFIRM, whole);
        Optional<Node> button = board.byId("dialog-confirm").filter(b -> b.id > before);
        if (button.isEmpty()) {
            s.fail("no confirm button");
            s.record();
            outcome("move not applied: no confirm button");
            return;
        }
        if (!s.add(connection.rpc(board.event(button.get(), "click")))) {
            s.record();
            outcome("move not applied: request failed");
            return;
        }
        // The lists ask for the ranges the reload changed; if that fails, the step fails, the outcome is the click's.
        board.settle(connection, s);
        boolean stillOpen = tree.node(dialog.id).map(d -> d.property("opened")).orElse(false);
        if (stillOpen) {
            // A conflict offers a reload, invalid input marks fields; with neither, the server failed silently.
            notApplied(s, board.byId("dialog-reload").isPresent() ? "conflict"
                    : board.problemShown() ? "invalid input" : "dialog stayed open, no message (server error?)");
            board.byId("dialog-cancel").ifPresent(cancel -> connection.rpc(board.event(cancel, "click")));
        } else if (board.errorNotificationOpen()) {
            notApplied(s, "refused");
        } else if (!board.successNotificationOpen(before)) {
            notApplied(s, "dialog closed without the success message");
        } else {
            // The app said it saved: the move counts as applied; the columns must show it too.
            outcome("moves applied");
            stats.count("moves applied: " + pick.move().transition());
            stats.applied(pick);
            boolean stillShown = board.column(pick.move().from()).map(c -> c.cards().stream()
                    .anyMatch(card -> card.id() == pick.card().id())).orElse(true);
            if (board.columnErrorShown()) {
                s.fail("a column shows its error after the reload");
            } else if (stillShown) {
                s.fail("the card is still shown in its old column");
            }
            s.record();
        }
        close(Optional.of(dialog), whole);
    }

    /** A move lost: the confirm step fails with the reason, and the move is counted as not applied. */
    private void notApplied(Step s, String why) {
        s.fail(why);
        s.record();
        outcome("move not applied: " + why);
    }

    /** The dialog's closed event and the notifications' closing, as the browser sends them after a step. */
    private void close(Optional<Node> dialog, Step whole) {
        List<ObjectNode> rpc = new ArrayList<>();
        dialog.flatMap(d -> tree.node(d.id)).filter(d -> d.hasListener("closed"))
                .ifPresent(d -> rpc.addAll(board.event(d, "closed")));
        for (Node notification : board.openNotifications()) {
            if (notification.hasListener("opened-changed")) {
                rpc.addAll(board.change(notification, "opened", false, "opened-changed"));
            } else {
                rpc.add(board.sync(notification, "opened", false));
            }
            if (notification.hasListener("closed")) {
                rpc.addAll(board.event(notification, "closed"));
            }
        }
        if (!rpc.isEmpty()) {
            Step s = new Step(stats, Kind.CLOSE, whole);
            s.add(connection.rpc(rpc));
            s.record();
        }
    }

    private void outcome(String what) {
        stats.count(what);
    }
}
