package vn.petitionboard.benchmark.load;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.benchmark.load.BoardScreen.Card;
import vn.petitionboard.benchmark.load.BoardScreen.Column;
import vn.petitionboard.benchmark.load.FlowConnection.Exchange;
import vn.petitionboard.benchmark.load.LoadPlan.Move;
import vn.petitionboard.benchmark.load.LoadStats.Kind;
import vn.petitionboard.benchmark.load.UidlTree.Node;

/**
 * One person at the board, in their own HTTP session: signs in through the login form, opens the board on their
 * domain, then every interval drags one of their cards to the next column, fills the dialog that opens, confirms,
 * and closes the dialog and the notification as the browser does; at the deadline, logs out. A step that fails is
 * recorded and the person carries on (signing in or opening the board again when that is what failed).
 */
final class VirtualUser implements Runnable {

    private final LoadPlan.User user;
    private final LoadConfig config;
    private LoadStats stats;
    private final Executor executor;
    private final long startAt;
    private final long deadline;
    private final CountDownLatch moving;
    private final CountDownLatch logoutGate;
    private final BooleanSupplier stopped;
    private final Function<FlowConnection, LoadStats> journaled;
    /** Cards whose drop the board refused (no dialog): the workflow does not let this user move them that way. */
    private final Set<Long> refused = new HashSet<>();
    private boolean signedIn;
    private FlowConnection connection;
    private BoardScreen board;
    private int tick;

    /**
     * The user counts {@code moving} down when its time is up (or it gave up), then waits for {@code logoutGate}
     * before logging out, so that the heap can be measured with every session still open.
     */
    VirtualUser(LoadPlan.User user, LoadConfig config, LoadStats stats, Executor executor, long startAt,
            long deadline, CountDownLatch moving, CountDownLatch logoutGate) {
        this(user, config, stats, executor, startAt, deadline, moving, logoutGate, () -> false, c -> stats);
    }

    /**
     * For the failover test: the user also stops when {@code stopped} says so, and records into the stats
     * {@code journaled} gives for its connection (which write each step with the app node of the session).
     */
    VirtualUser(LoadPlan.User user, LoadConfig config, LoadStats stats, Executor executor, long startAt,
            long deadline, CountDownLatch moving, CountDownLatch logoutGate, BooleanSupplier stopped,
            Function<FlowConnection, LoadStats> journaled) {
        this.stopped = stopped;
        this.journaled = journaled;
        this.user = user;
        this.config = config;
        this.stats = stats;
        this.executor = executor;
        this.startAt = startAt;
        this.deadline = deadline;
        this.moving = moving;
        this.logoutGate = logoutGate;
    }

    @Override
    public void run() {
        try (FlowConnection c = new FlowConnection(config.baseUrl(), config.requestTimeout(), executor)) {
            connection = c;
            stats = journaled.apply(c);
            board = new BoardScreen(c.tree);
            try {
                work();
            } catch (RuntimeException e) {
                stats.count("virtual user died: " + e);
            } finally {
                moving.countDown();
            }
            logoutGate.await();
            if (signedIn) {
                logout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        if (!sleepUntil(startAt)) {
            return;
        }
        while (!(login() && openBoard())) {
            if (!sleepUntil(System.nanoTime() + config.intervalNanos())) {
                return;
            }
        }
        // Spread the users' moves over the interval, so they do not all move at the same second.
        long next = System.nanoTime() + config.intervalNanos() * (user.index() % 10 + 1) / 10;
        while (sleepUntil(next)) {
            tick();
            tick++;
            next += config.intervalNanos();
            if (next < System.nanoTime()) {
                stats.count("late ticks (the previous move took longer than the interval)");
                next = System.nanoTime();
            }
        }
    }

    private boolean login() {
        Step s = new Step(stats, Kind.LOGIN);
        boolean ok = s.add(connection.page("/login")) && s.add(connection.init("login", ""))
                && s.add(connection.rpc(navigate("/login", ""))) && s.add(connection.login(user.username(),
                        config.password()));
        signedIn |= ok;
        return s.record() && ok;
    }

    private boolean openBoard() {
        Step s = new Step(stats, Kind.BOARD_OPEN);
        String query = user.domain().isEmpty() ? "" : "domain=" + user.domain();
        if (s.add(connection.page("/board?" + query)) && s.add(connection.init("board", query))
                && s.add(connection.rpc(navigate("/board", query))) && board.settle(connection, s)) {
            for (String state : List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ESCALATED", "ANSWERED")) {
                if (board.column(state).isEmpty()) {
                    s.fail("board not shown (no column " + state + ")");
                    break;
                }
            }
            if (board.columnErrorShown()) {
                s.fail("a column shows its error");
            }
        }
        return s.record();
    }

    private List<ObjectNode> navigate(String route, String query) {
        Node ui = connection.tree.node(1).orElseThrow();
        return board.event(ui, "ui-navigate", key -> switch (key) {
            case "route" -> route;
            case "query" -> query;
            case "historyState" -> Map.of("idx", 0);
            default -> "";
        });
    }

    /** A card of the user's share and the move to make with it. */
    record Pick(Move move, Column from, Column to, Card card) {
    }

    private void tick() {
        if (connection.broken()) {
            // A request of this page failed: reload it (and sign in again if the session is gone), as a person would.
            stats.count("reloads after a failed request");
            connection.unload();
            if (!(openBoard() || (login() && openBoard()))) {
                return;
            }
        }
        Optional<Pick> pick = pick().or(this::loadMoreAndPick);
        if (pick.isEmpty()) {
            // Nothing of this user's share even on the next page: reload the board, like a person.
            stats.count("reloads (no card of the user's share shown)");
            connection.unload();
            if (!openBoard()) {
                return;
            }
            pick = pick();
        }
        if (pick.isEmpty()) {
            stats.count("idle ticks (no card of the user's share after a reload)");
            stats.count("idle ticks in pool " + user.pool());
            return;
        }
        if (!new CardMove(connection, board, stats, user).run(pick.get())) {
            refused.add(pick.get().card().id());
        }
    }

    /**
     * Nothing of the user's share on the first page: on the columns the moves start from, once each, scroll to the
     * list's end, click "load more" below it, and scroll on to the end of the longer list, the browser asking for the
     * rows that come into view.
     */
    private Optional<Pick> loadMoreAndPick() {
        for (Move move : user.moves(tick)) {
            Optional<Column> column = board.column(move.from());
            Optional<Node> button = column.flatMap(board::loadMore);
            if (button.isPresent()) {
                Step s = new Step(stats, Kind.LOAD_MORE);
                board.scrollToEnd(column.get());
                if (board.settle(connection, s) && s.add(connection.rpc(board.event(button.get(), "click")))
                        && board.settle(connection, s)) {
                    board.column(move.from()).ifPresent(board::scrollToEnd);
                    board.settle(connection, s);
                }
                s.record();
                Optional<Pick> pick = pick();
                if (pick.isPresent()) {
                    return pick;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Pick> pick() {
        for (Move move : user.moves(tick)) {
            Optional<Column> from = board.column(move.from());
            Optional<Column> to = board.column(move.to());
            if (from.isPresent() && to.isPresent()) {
                Optional<Card> card = from.get().cards().stream().filter(c -> c.movable() && user.owns(c.id()) && !refused.contains(c.id()))
                        .findFirst();
                if (card.isPresent()) {
                    return Optional.of(new Pick(move, from.get(), to.get(), card.get()));
                }
            }
        }
        return Optional.empty();
    }

    private void logout() {
        Step s = new Step(stats, Kind.LOGOUT);
        Optional<Node> button = board.byId("logout");
        if (button.isEmpty()) {
            s.fail("no logout button");
        } else {
            // Logging out ends the session: the answer says so and sends the browser to the start page.
            Exchange e = connection.rpc(board.event(button.get(), "click"));
            s.add("session-expired".equals(e.problem()) ? withoutProblem(e) : e);
            if (e.problem() == null) {
                s.fail("session still open after logout");
            }
        }
        s.record();
    }

    private static Exchange withoutProblem(Exchange e) {
        return new Exchange(e.status(), e.wireBytes(), e.bodyBytes(), e.nanos(), e.json(), e.location(), null);
    }

    /** Sleeps (in slices of at most a second, to hear a stop) until the time; false when the run is over. */
    private boolean sleepUntil(long nanoTime, long deadline) {
        try {
            long wait;
            while ((wait = nanoTime - System.nanoTime()) > 0 && !stopped.getAsBoolean()) {
                TimeUnit.NANOSECONDS.sleep(Math.min(wait, 1_000_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return System.nanoTime() < deadline && !stopped.getAsBoolean();
    }

    private boolean sleepUntil(long nanoTime) {
        return sleepUntil(Math.min(nanoTime, deadline), deadline);
    }
}
