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
 * into a dialog, a click on a button, the dialog and notifications closing. Everything is found in the tree by what the
 * app renders (section#column-STATE, a[data-id] cards, vaadin-dialog[data-transition], #field-*, #dialog-confirm), and
 * event data by the expressions the server registered, so nothing depends on node numbers.
 */
final class BoardScreen {

    /** A card as shown in a column: its petition id and code, and its node. */
    record Card(long id, String code, int node) {
    }

    /** A column: its section (the drop target) and the card list (where drags start), cards top to bottom. */
    record Column(String state, Node section, Node list, List<Card> cards) {
    }

    private final UidlTree tree;

    BoardScreen(UidlTree tree) {
        this.tree = tree;
    }

    Optional<Column> column(String state) {
        return tree.byAttribute("id", "column-" + state).flatMap(section -> section.children(UidlTree.CHILDREN)
                .stream().map(tree::node).flatMap(Optional::stream).filter(n -> n.hasListener("dragstart"))
                .findFirst().map(list -> new Column(state, section, list, cards(list))));
    }

    private List<Card> cards(Node list) {
        List<Card> cards = new ArrayList<>();
        for (int child : list.children(UidlTree.CHILDREN)) {
            tree.node(child).filter(n -> n.attribute("data-id") != null).ifPresent(n -> cards.add(
                    new Card(Long.parseLong(n.attribute("data-id")), n.attribute("data-code"), n.id)));
        }
        return cards;
    }

    /** The column's "load more" button, when it shows (there are more cards than the first page). */
    Optional<Node> loadMore(Column column) {
        return column.section().children(UidlTree.CHILDREN).stream().map(tree::node).flatMap(Optional::stream)
                .filter(n -> n.classes().contains("column-load-more"))
                .filter(n -> n.get(UidlTree.DATA, "visible").map(JsonNode::asBoolean).orElse(true)).findFirst();
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
        return byId("dialog-problem").map(n -> n.get(UidlTree.DATA, "visible").map(JsonNode::asBoolean).orElse(true))
                .orElse(false);
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
        return tree.nodes().anyMatch(n -> n.classes().contains("column-error")
                && n.get(UidlTree.DATA, "visible").map(JsonNode::asBoolean).orElse(true));
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
