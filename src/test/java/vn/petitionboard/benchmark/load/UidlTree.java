package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * The client side of Flow's state tree, as the browser's Flow client keeps it: every node the server attached, with
 * its features (maps: tag, properties, attributes, listeners; lists: children, classes), built from the "changes" of
 * each UIDL answer, and the "constants" (event data expressions of listeners) sent once per UI. Beside the tree, what
 * the "execute" part of an answer leaves in the browser for a vaadin-virtual-list: its connector's items (the cards'
 * data; the cards themselves are no nodes) and the property prefix of its LitRenderer. Only what a load client needs to
 * find columns, cards, dialogs and fields, and to send the event data the server expects.
 */
final class UidlTree {

    // Feature ids of Flow's NodeFeatureRegistry, as they appear in "feat".
    static final int DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int CLASSES = 11;
    static final int VIRTUAL_CHILDREN = 24;

    /** One node: its map features and list features, by feature id. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();
        /** The virtual list's connector, once the server ran its initLazy on this element; else null. */
        VirtualList virtualList;
        /** The element's {@code $server} promises handed out so far: the next call's promise id. */
        int promises;

        Node(int id) {
            this.id = id;
        }

        Optional<JsonNode> get(int feature, String key) {
            return Optional.ofNullable(maps.getOrDefault(feature, Map.of()).get(key));
        }

        String string(int feature, String key) {
            return get(feature, key).filter(JsonNode::isValueNode).map(JsonNode::asString).orElse(null);
        }

        String tag() {
            return string(DATA, "tag");
        }

        String attribute(String name) {
            return string(ATTRIBUTES, name);
        }

        boolean hasListener(String event) {
            return maps.getOrDefault(LISTENERS, Map.of()).containsKey(event);
        }

        String listenerConstant(String event) {
            return string(LISTENERS, event);
        }

        List<Integer> children(int feature) {
            return lists.getOrDefault(feature, List.of()).stream().filter(JsonNode::isInt).map(JsonNode::asInt)
                    .toList();
        }

        List<String> classes() {
            return lists.getOrDefault(CLASSES, List.of()).stream().map(JsonNode::asString).toList();
        }

        boolean property(String name) {
            return get(PROPERTIES, name).map(JsonNode::asBoolean).orElse(false);
        }
    }

    /**
     * What virtualListConnector.js keeps on a vaadin-virtual-list element: {@code list.items} (null where the server
     * sent nothing or cleared the item), the prefix of the properties its LitRenderer reads ("lr_HASH_"), the range
     * the connector last asked for ({@code lastRequestedRange}, as [first, last], starting at [0, 0]) and the first
     * row in view (the element's scroll position, in rows).
     */
    static final class VirtualList {
        final List<JsonNode> items = new ArrayList<>();
        String propertyPrefix = "";
        int requestedFirst;
        int requestedLast;
        int top;

        /** An item's property as the renderer reads it (item[prefix + name]). */
        JsonNode property(JsonNode item, String name) {
            return item.path(propertyPrefix + name);
        }

        private void set(int index, JsonNode added) {
            for (int i = 0; i < added.size(); i++) {
                while (items.size() <= index + i) {
                    items.add(null);
                }
                items.set(index + i, added.get(i));
            }
        }

        private void clear(int index, int length) {
            for (int i = index; i < Math.min(index + length, items.size()); i++) {
                items.set(i, null);
            }
        }

        private void updateSize(int size) {
            while (items.size() < size) {
                items.add(null);
            }
            while (items.size() > size) {
                items.removeLast();
            }
        }

        private void updateData(JsonNode updated) {
            Map<String, JsonNode> byKey = new HashMap<>();
            updated.forEach(item -> byKey.put(item.path("key").asString(), item));
            items.replaceAll(item -> item == null ? null : byKey.getOrDefault(item.path("key").asString(), item));
        }
    }

    /** The connector calls of VirtualList's data communicator: element.callJsFunction("$connector.NAME", args). */
    private static final Pattern CONNECTOR_CALL = Pattern.compile("^return \\$0\\.\\$connector\\.(\\w+)\\(");

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    void clear() {
        nodes.clear();
        constants.clear();
    }

    /**
     * Applies one UIDL answer as Flow's client does: constants first (changes refer to them), then the changes in
     * order, then the JavaScript the server asked to run, of which only the virtual lists' part is kept.
     */
    void apply(JsonNode uidl) {
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes != null && changes.isArray()) {
            changes.forEach(this::change);
        }
        JsonNode execute = uidl.get("execute");
        if (execute != null && execute.isArray()) {
            execute.forEach(this::execute);
        }
    }

    /**
     * One "execute" entry: the parameters $0, $1, ... (an element as {"@v-node": id}), then the script. Kept: the
     * connector's creation (initLazy), its set / clear / updateSize / updateData calls, and the LitRenderer's prefix
     * (setLitRenderer(this, "renderer", template, returnChannel, clientCallables, prefix, appId).apply(element)).
     */
    private void execute(JsonNode invocation) {
        int n = invocation.size() - 1;
        if (n < 0 || !invocation.get(n).isString()) {
            return;
        }
        String script = invocation.get(n).asString();
        if (script.contains("virtualListConnector.initLazy($0)")) {
            element(invocation.get(0)).filter(node -> node.virtualList == null)
                    .ifPresent(node -> node.virtualList = new VirtualList());
            return;
        }
        if (script.contains("window.Vaadin.setLitRenderer(") && n == 7) {
            element(invocation.get(6)).map(node -> node.virtualList)
                    .ifPresent(list -> list.propertyPrefix = invocation.get(4).asString());
            return;
        }
        Matcher call = CONNECTOR_CALL.matcher(script);
        if (!call.find()) {
            return;
        }
        Optional<VirtualList> target = element(invocation.get(0)).map(node -> node.virtualList);
        if (target.isEmpty()) {
            return;
        }
        VirtualList list = target.get();
        switch (call.group(1)) {
            case "set" -> list.set(invocation.get(1).asInt(), invocation.get(2));
            case "clear" -> list.clear(invocation.get(1).asInt(), invocation.get(2).asInt());
            case "updateSize" -> list.updateSize(invocation.get(1).asInt());
            case "updateData" -> list.updateData(invocation.get(1));
            default -> {
            }
        }
    }

    private Optional<Node> element(JsonNode parameter) {
        return parameter != null && parameter.has("@v-node") ? node(parameter.get("@v-node").asInt())
                : Optional.empty();
    }

    private void change(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        if (!change.has("feat")) {
            return; // "attach", "empty"
        }
        int feature = change.get("feat").asInt();
        switch (type) {
            case "put" -> node.maps.computeIfAbsent(feature, f -> new LinkedHashMap<>()).put(
                    change.get("key").asString(),
                    change.has("nodeValue") ? IntNode.valueOf(change.get("nodeValue").asInt()) : change.get("value"));
            case "remove" -> node.maps.getOrDefault(feature, new HashMap<>()).remove(change.get("key").asString());
            case "clear" -> {
                node.maps.remove(feature);
                node.lists.remove(feature);
            }
            case "splice" -> splice(node.lists.computeIfAbsent(feature, f -> new ArrayList<>()), change);
            default -> {
            }
        }
    }

    private static void splice(List<JsonNode> list, JsonNode change) {
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
        if (added != null) {
            List<JsonNode> items = new ArrayList<>();
            added.forEach(items::add);
            list.addAll(Math.min(index, list.size()), items);
        }
    }

    /** A property the browser changed on its side (typing, closing an overlay), before it reports it. */
    void setProperty(Node node, String name, Object value) {
        node.maps.computeIfAbsent(PROPERTIES, f -> new LinkedHashMap<>()).put(name,
                FlowConnection.JSON.valueToTree(value));
    }

    Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    Stream<Node> nodes() {
        return nodes.values().stream();
    }

    int size() {
        return nodes.size();
    }

    /** The highest node id attached so far: nodes above it are what a later answer added. */
    int maxId() {
        return nodes.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The newest attached node whose attribute has this value (ids grow, so the newest wins over leftovers). */
    Optional<Node> byAttribute(String name, String value) {
        return nodes.values().stream().filter(n -> value.equals(n.attribute(name)))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    /** The expressions a listener asks the browser to evaluate and send with the event (empty if none). */
    Set<String> eventDataKeys(Node node, String event) {
        String constant = node.listenerConstant(event);
        JsonNode data = constant == null ? null : constants.get(constant);
        if (data == null || !data.isObject()) {
            return Set.of();
        }
        return Set.copyOf(data.propertyNames());
    }
}
