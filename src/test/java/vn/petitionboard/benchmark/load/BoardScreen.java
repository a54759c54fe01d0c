package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.benchmark.load.UidlTree.Node;

/**
 * The board and its dialogs as the browser holds them (one {@link UidlTree}), and the UIDL invocations a person's
 * gestures produce there: a card's dragstart heard on its column's card list, the drop on a column, field values typed
 * into a dialog, a click on a button, the dialog and notifications closing, and the ranges of cards the columns'
 * virtual lists ask for as they show or scroll. Everything is found in the tree by what the app renders
 * (section#column-STATE with its vaadin-virtual-list, the cards' id, code and movable flag in the list's items as the
 * card template reads them, vaadin-dialog[data-transition], #field-*, #dialog-confirm), and event data by the
 * expressions the server registered, so nothing depends on node numbers.
 */
final class BoardScreen {

    /**
     * Rows a column's list renders at once, as seen in headless Chromium with --window-size=1440,1000 (rows 0..12 of
     * a 540 px list); the connector asks for them and {@link #EXTRA_ITEMS} more on either side.
     */
    static final int ROWS_IN_VIEW = 13;
    /** virtualListConnector.js's extraItemsBuffer. */
    static final int EXTRA_ITEMS = 20;

    /** A card as shown in a column: its petition id and code, whether the user may drag it, its row in the list. */
    record Card(long id, String code, boolean movable, int index) {
    }

    /** A column: its section (the drop target) and the card list (where drags start), cards top to bottom. */
    record Column(String state, Node section, Node list, List<Card> cards) {
    }

    private final UidlTree tree;

    BoardScreen(UidlTree tree) {
        this.tree = tree;
    }

    /** The column, with the cards its list holds so far (none while its list is hidden: the column is empty). */
    Optional<Column> column(String state) {
        return tree.byAttribute("id", "column-" + state).flatMap(section -> section.children(UidlTree.CHILDREN)
                .stream().map(tree::node).flatMap(Optional::stream).filter(n -> "vaadin-virtual-list".equals(n.tag()))
                .findFirst().map(list -> new Column(state, section, list, cards(list))));
    }

    /** The items the list holds (those the server sent for the ranges asked), read as the card template reads them. */
    private static List<Card> cards(Node list) {
        List<Card> cards = new ArrayList<>();
        if (list.virtualList == null || !visible(list)) {
            return cards;
        }
        UidlTree.VirtualList items = list.virtualList;
        for (int i = 0; i < items.items.size(); i++) {
            JsonNode item = items.items.get(i);
            if (item != null && !items.property(item, "id").isMissingNode()) {
                // The id comes as a JSON number (988026.0); the template writes it as data-id="988026".
                cards.add(new Card((long) items.property(item, "id").asDouble(),
                        items.property(item, "code").asString(), items.property(item, "movable").asBoolean(false), i));
            }
        }
        return cards;
    }

    private static boolean visible(Node node) {
        return node.get(UidlTree.DATA, "visible").map(JsonNode::asBoolean).orElse(true);
    }

    /** The column's "load more" button, when it shows (there are more cards than the first page). */
    Optional<Node> loadMore(Column column) {
        return column.section().children(UidlTree.CHILDREN).stream().map(tree::node).flatMap(Optional::stream)
                .filter(n -> n.classes().contains("column-load-more"))
                .filter(BoardScreen::visible).findFirst();
    }

    /** The open transition dialog, if any (the newest, should old ones linger). */
    Optional<Node> openDialog() {
        return tree.nodes().filter(n -> "vaadin-dialog".equals(n.tag()) && n.property("opened"))
                .max(Comparator.comparingInt(n -> n.id));
    }

    Optional<Node> byId(String id) {
        return tree.byAttribute("id", id);
    }

    /** Whether the paragraph under the dialog's fields is shown (a conflict or invalid input). */
    boolean problemShown() {
        return byId("dialog-problem").map(BoardScreen::visible).orElse(false);
    }

    List<Node> openNotifications() {
        return tree.nodes().filter(n -> "vaadin-notification".equals(n.tag()) && n.property("opened")).toList();
    }

    boolean errorNotificationOpen() {
        return openNotifications().stream().anyMatch(n -> n.classes().contains("error-notification"));
    }

    /** Whether a success notification (theme success) appeared since the given node id. */
    boolean successNotificationOpen(int since) {
        return openNotifications().stream().anyMatch(n -> n.id > since && "success".equals(n.attribute("theme")));
    }

    /** Whether a column shows its "could not load" state instead of cards. */
    boolean columnErrorShown() {
        return tree.nodes().anyMatch(n -> n.classes().contains("column-error") && visible(n));
    }

    /** The dialog's fields (id field-*), in tree order. */
    List<Node> fields() {
        return tree.nodes().filter(n -> n.attribute("id") != null && n.attribute("id").startsWith("field-")).toList();
    }

    /** The items of a vaadin-select (in its list box). */
    List<Node> selectItems(Node select) {
        List<Node> items = new ArrayList<>();
        for (int listBox : select.children(UidlTree.CHILDREN)) {
            tree.node(listBox).ifPresent(box -> box.children(UidlTree.CHILDREN).forEach(item -> tree.node(item)
                    .filter(n -> "vaadin-select-item".equals(n.tag())).ifPresent(items::add)));
        }
        return items;
    }

    // ---- invocations

    /**
     * What the virtual lists' connectors send after the browser rendered an answer: each shown list whose rows in view
     * changed asks for them and 20 more on either side, as virtualListConnector.js's updateRequestedItem does:
     * first = max(0, firstInView - 20), last = min(lastInView + 20, size), {@code $server.setViewportRange(first,
     * 1 + last - first)} when [first, last] differs from the range it asked last. Hidden or empty lists render no row
     * and ask nothing. A list shrunk under its scroll position shows its last rows, as the browser clamps scrollTop.
     */
    List<ObjectNode> rangeRequests() {
        List<ObjectNode> rpc = new ArrayList<>();
        tree.nodes().filter(n -> n.virtualList != null && visible(n) && !n.virtualList.items.isEmpty())
                .forEach(list -> {
                    UidlTree.VirtualList v = list.virtualList;
                    int size = v.items.size();
                    v.top = Math.clamp(v.top, 0, Math.max(0, size - ROWS_IN_VIEW));
                    int lastInView = Math.min(size, v.top + ROWS_IN_VIEW) - 1;
                    int first = Math.max(0, v.top - EXTRA_ITEMS);
                    int last = Math.min(lastInView + EXTRA_ITEMS, size);
                    if (first != v.requestedFirst || last != v.requestedLast) {
                        v.requestedFirst = first;
                        v.requestedLast = last;
                        rpc.add(serverCall(list, "setViewportRange", first, 1 + last - first));
                    }
                });
        return rpc;
    }

    /**
     * The requests the browser sends of itself once it has rendered an answer, the lists' range requests, each
     * answered and rendered in turn until none is due; they count in the step that caused them.
     */
    boolean settle(FlowConnection connection, Step step) {
        for (int round = 0; round < 5; round++) {
            List<ObjectNode> rpc = rangeRequests();
            if (rpc.isEmpty()) {
                return true;
            }
            if (!step.add(connection.rpc(rpc))) {
                return false;
            }
        }
        step.fail("the lists keep asking for other ranges");
        return false;
    }

    /** A person scrolls the column's list to its end (in one go, as with the End key or the scroll bar). */
    void scrollToEnd(Column column) {
        if (column.list().virtualList != null) {
            column.list().virtualList.top = Math.max(0, column.list().virtualList.items.size() - ROWS_IN_VIEW);
        }
    }

    /**
     * A call of a @ClientCallable method through the element's {@code $server}, as Flow's client sends it: the
     * arguments, and the id of the promise the call returns (counted per element).
     */
    private static ObjectNode serverCall(Node node, String method, Object... arguments) {
        ObjectNode call = FlowConnection.JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node.id);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", FlowConnection.JSON.valueToTree(arguments));
        call.put("promise", node.promises++);
        return call;
    }

    /**
     * The event as Flow's client sends it: first the properties the listener synchronises ("}name" keys) as mSync
     * with the values the tree holds, then the event with the data expressions evaluated by {@code values}.
     */
    List<ObjectNode> event(Node node, String event, Function<String, Object> values) {
        List<ObjectNode> rpc = new ArrayList<>();
        ObjectNode data = FlowConnection.JSON.createObjectNode();
        for (String key : tree.eventDataKeys(node, event)) {
            if (key.startsWith("}")) {
                String property = key.substring(1);
                rpc.add(sync(node, property, node.get(UidlTree.PROPERTIES, property).orElse(null)));
            } else if (!key.startsWith("]") && !key.chars().allMatch(Character::isDigit)) {
                data.set(key, FlowConnection.JSON.valueToTree(values.apply(key)));
            }
        }
        ObjectNode invocation = FlowConnection.JSON.createObjectNode();
        invocation.put("type", "event");
        invocation.put("node", node.id);
        invocation.put("event", event);
        if (!data.isEmpty()) {
            invocation.set("data", data);
        }
        rpc.add(invocation);
        return rpc;
    }

    List<ObjectNode> event(Node node, String event) {
        return event(node, event, BoardScreen::browserValue);
    }

    /**
     * The browser changes a property and fires the event the server listens to for it: the mSync comes from the
     * listener's "}property" data when it has one, else it is sent before the event, as Flow's client does.
     */
    List<ObjectNode> change(Node node, String property, Object value, String event) {
        tree.setProperty(node, property, value);
        List<ObjectNode> rpc = new ArrayList<>(event(node, event));
        boolean synced = rpc.stream().anyMatch(i -> "mSync".equals(i.path("type").asString())
                && property.equals(i.path("property").asString()));
        if (!synced) {
            rpc.addFirst(sync(node, property, value));
        }
        return rpc;
    }

    /** A property the browser reports changed (mSync on the element's property map). */
    ObjectNode sync(Node node, String property, Object value) {
        ObjectNode sync = FlowConnection.JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", UidlTree.PROPERTIES);
        sync.put("property", property);
        sync.set("value", FlowConnection.JSON.valueToTree(value));
        return sync;
    }

    /** A card picked up: the card list's dragstart, with the dragged card's id where the listener reads it. */
    List<ObjectNode> dragStart(Column from, Card card) {
        return event(from.list(), "dragstart", key -> key.contains("dataset.id") ? Long.toString(card.id())
                : key.contains("dataset.code") && !key.contains("setData") ? card.code() : Boolean.TRUE);
    }

    /** The card dropped on a column, then the drag's end on the list it came from, in one request like a browser. */
    List<ObjectNode> drop(Column from, Column to) {
        List<ObjectNode> rpc = new ArrayList<>(event(to.section(), "drop"));
        if (from.list().hasListener("dragend")) {
            rpc.addAll(event(from.list(), "dragend"));
        }
        return rpc;
    }

    /** What a browser would report for a mouse or drag event's expression. */
    static Object browserValue(String expression) {
        if (expression.endsWith("Key")) {
            return Boolean.FALSE;
        }
        if (expression.contains("effectAllowed") || expression.contains("dropEffect")) {
            return "move";
        }
        return switch (expression) {
            case "event.detail" -> 1;
            case "event.button" -> 0;
            default -> expression.startsWith("event.") ? 120 : null;
        };
    }
}
