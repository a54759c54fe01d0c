package vn.petitionboard.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.benchmark.load.BoardScreen.Card;
import vn.petitionboard.benchmark.load.BoardScreen.Column;

/**
 * The load client's reading of a column's virtual list and its range requests, against UIDL shaped as the app sends
 * it (traced with the board on 1,000,000 petitions). The first page's range and the one after a move shrank a list
 * of 60 to 30 are what Chromium sent; those of load more and scrolling to the end follow virtualListConnector.js's
 * formula for the rows the client assumes in view (Chromium, scrolled by other steps, sent other figures).
 */
class BoardScreenTest {

    private static final String PREFIX = "lr_b186f3ab13da4766_";
    private static final int SECTION = 32;
    private static final int LIST = 35;

    private final UidlTree tree = new UidlTree();
    private final BoardScreen board = new BoardScreen(tree);

    @Test
    void cards_come_from_the_items_the_list_asked_for() {
        tree.apply(boardOpened(30));
        assertThat(column().cards()).as("the server sends the size, no item, until the list asks").isEmpty();

        assertThat(board.rangeRequests()).singleElement().satisfies(call -> {
            assertThat(call.path("type").asString()).isEqualTo("publishedEventHandler");
            assertThat(call.path("node").asInt()).isEqualTo(LIST);
            assertThat(call.path("templateEventMethodName").asString()).isEqualTo("setViewportRange");
            assertThat(call.path("templateEventMethodArgs").toString()).isEqualTo("[0,31]");
            assertThat(call.path("promise").asInt()).isZero();
        });
        tree.apply(answer(connector("set", 0, items(0, 30))));

        List<Card> cards = column().cards();
        assertThat(cards).hasSize(30);
        assertThat(cards.getFirst()).isEqualTo(new Card(988000, "KN-2026-0", true, 0));
        assertThat(cards.get(1).movable()).isFalse();
        assertThat(board.rangeRequests()).as("rows in view unchanged: nothing more to ask").isEmpty();
    }

    @Test
    void load_more_then_scrolling_to_the_end_asks_for_the_rows_in_view_and_a_move_brings_the_list_back() {
        tree.apply(boardOpened(30));
        board.rangeRequests();
        tree.apply(answer(connector("set", 0, items(0, 30))));
        board.scrollToEnd(column());
        assertThat(board.rangeRequests()).as("the end of 30 is within the range asked").isEmpty();

        tree.apply(answer(connector("updateSize", 60), connector("clear", 0, 30), connector("set", 0, items(0, 31))));
        assertThat(args(board.rangeRequests())).containsExactly("[0,50]");
        tree.apply(answer(connector("set", 31, items(31, 19))));
        board.scrollToEnd(column());
        List<ObjectNode> scrolled = board.rangeRequests();
        assertThat(args(scrolled)).containsExactly("[27,34]");
        assertThat(scrolled.getFirst().path("promise").asInt()).as("promises count per element").isEqualTo(2);
        tree.apply(answer(connector("clear", 0, 27), connector("set", 50, items(50, 10))));
        assertThat(column().cards()).extracting(Card::index).containsExactlyElementsOf(IntStream.range(27, 60)
                .boxed().toList());

        // The move's reload: 30 cards again, the range last asked re-sent, the list clamped to its end asks anew.
        tree.apply(answer(connector("updateSize", 30), connector("clear", 27, 33), connector("set", 27, items(27, 3))));
        assertThat(args(board.rangeRequests())).containsExactly("[0,31]");
        tree.apply(answer(connector("set", 0, items(0, 27))));
        assertThat(column().cards()).hasSize(30);
    }

    @Test
    void a_hidden_list_is_an_empty_column_that_asks_nothing() {
        tree.apply(boardOpened(30));
        tree.apply(answer(List.of(put(LIST, UidlTree.DATA, "visible", false)), List.of()));
        assertThat(column().cards()).isEmpty();
        assertThat(board.rangeRequests()).isEmpty();
    }

    private Column column() {
        return board.column("ASSIGNED").orElseThrow();
    }

    private static List<String> args(List<ObjectNode> calls) {
        return calls.stream().map(c -> c.path("templateEventMethodArgs").toString()).toList();
    }

    /** The board's answer for one column: section, its list, the connector, the renderer, size and an empty set. */
    private static JsonNode boardOpened(int size) {
        List<JsonNode> changes = List.of(put(SECTION, UidlTree.DATA, "tag", "section"),
                put(SECTION, UidlTree.ATTRIBUTES, "id", "column-ASSIGNED"),
                splice(SECTION, LIST), put(LIST, UidlTree.DATA, "tag", "vaadin-virtual-list"),
                put(LIST, UidlTree.DATA, "visible", true));
        List<JsonNode> execute = List.of(
                array(node(LIST), "window.Vaadin.Flow.virtualListConnector.initLazy($0)"),
                array("renderer", "<a …>", FlowConnection.JSON.createObjectNode(), FlowConnection.JSON.createArrayNode(),
                        PREFIX, "ROOT", node(LIST),
                        "return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)})"
                                + ".apply($6)"),
                connector("updateSize", size), connector("set", 0, FlowConnection.JSON.createArrayNode()));
        return answer(changes, execute);
    }

    private static JsonNode answer(JsonNode... execute) {
        return answer(List.of(), List.of(execute));
    }

    private static JsonNode answer(List<JsonNode> changes, List<JsonNode> execute) {
        ObjectNode uidl = FlowConnection.JSON.createObjectNode();
        changes.forEach(uidl.putArray("changes")::add);
        execute.forEach(uidl.putArray("execute")::add);
        return uidl;
    }

    /** element.callJsFunction("$connector.NAME", args) as it comes in "execute". */
    private static JsonNode connector(String name, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = node(LIST);
        System.arraycopy(args, 0, all, 1, args.length);
        String params = IntStream.rangeClosed(1, args.length).mapToObj(i -> "$" + i)
                .reduce((a, b) -> a + "," + b).orElse("");
        all[all.length - 1] = "return $0.$connector." + name + "(" + params + ")";
        return array(all);
    }

    /** Cards as the LitRenderer sends them: key, then the template's properties under the renderer's prefix. */
    private static ArrayNode items(int from, int count) {
        ArrayNode items = FlowConnection.JSON.createArrayNode();
        for (int i = from; i < from + count; i++) {
            ObjectNode item = items.addObject();
            item.put("key", Integer.toString(i + 1));
            item.put(PREFIX + "code", "KN-2026-" + i);
            item.put(PREFIX + "id", 988000.0 + i);
            item.put(PREFIX + "movable", i % 2 == 0);
        }
        return items;
    }

    private static ObjectNode node(int id) {
        return FlowConnection.JSON.createObjectNode().put("@v-node", id);
    }

    private static JsonNode put(int node, int feature, String key, Object value) {
        ObjectNode change = FlowConnection.JSON.createObjectNode().put("node", node).put("type", "put")
                .put("feat", feature).put("key", key);
        change.set("value", FlowConnection.JSON.valueToTree(value));
        return change;
    }

    private static JsonNode splice(int node, int child) {
        ObjectNode change = FlowConnection.JSON.createObjectNode().put("node", node).put("type", "splice")
                .put("feat", UidlTree.CHILDREN).put("index", 0);
        change.putArray("addNodes").add(child);
        return change;
    }

    private static ArrayNode array(Object... values) {
        ArrayNode array = FlowConnection.JSON.createArrayNode();
        for (Object value : values) {
            array.add(FlowConnection.JSON.<JsonNode>valueToTree(value));
        }
        return array;
    }
}
