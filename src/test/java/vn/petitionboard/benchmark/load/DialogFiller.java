package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.benchmark.load.BoardScreen.Card;
import vn.petitionboard.benchmark.load.UidlTree.Node;

/**
 * Types into the transition dialog what a person would: every empty text field and text area gets a short Vietnamese
 * text, every empty select its item (a leader's department: the one of the user's domain), date pickers and radio
 * groups keep the defaults the dialog gives them (deadline in 15 working days, today's date). One request carries all
 * the values, each as the browser reports it: the property (mSync), then the event the server listens to.
 */
final class DialogFiller {

    private final BoardScreen board;
    private final LoadPlan.User user;
    private final Card card;

    DialogFiller(BoardScreen board, LoadPlan.User user, Card card) {
        this.board = board;
        this.user = user;
        this.card = card;
    }

    /** The invocations that fill the fields the last answer added (node ids above {@code before}). */
    List<ObjectNode> fill(int before) {
        List<ObjectNode> rpc = new ArrayList<>();
        for (Node field : board.fields()) {
            if (field.id <= before || !empty(field)) {
                continue;
            }
            String value = switch (field.tag()) {
                case "vaadin-text-area" -> "Kiểm thử tải: người dùng ảo số " + user.index() + " xử lý " + card.code()
                        + ", đã kiểm tra tại hiện trường.";
                case "vaadin-text-field" -> (100 + user.index()) + "/BC-UBND";
                case "vaadin-select" -> item(field);
                default -> null;
            };
            if (value == null) {
                continue;
            }
            String event = List.of("input", "value-changed", "change").stream().filter(field::hasListener)
                    .findFirst().orElse("change");
            rpc.addAll(board.change(field, "value", value, event));
        }
        return rpc;
    }

    private static boolean empty(Node field) {
        return field.get(UidlTree.PROPERTIES, "value").map(JsonNode::asString).map(String::isEmpty).orElse(true);
    }

    /** The item labelled with the department of the user's domain, else the first. */
    private String item(Node select) {
        String wanted = LoadPlan.DEPARTMENT_OF_DOMAIN.get(user.domain());
        List<Node> items = board.selectItems(select);
        return items.stream().filter(i -> wanted != null && wanted.equals(i.attribute("label"))).findFirst()
                .or(() -> items.stream().findFirst()).map(i -> i.string(UidlTree.PROPERTIES, "value")).orElse(null);
    }
}
