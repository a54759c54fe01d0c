package vn.petitionboard.e2e;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ComponentMapping;
import com.vaadin.flow.internal.nodefeature.ElementData;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With -Dboard.cost.nodes=true, BoardCostBenchmark counts the state nodes of the board's UI by the component (or, for
 * a bare element, the tag) each belongs to: what the shell and the board keep per open page, beyond the heap figure.
 * With -Dboard.cost.noPush=true every page opens without its push connection, to weigh the connection apart.
 */
@TestConfiguration
class UiNodeCensus {

    static final List<UI> UIS = new CopyOnWriteArrayList<>();

    @Bean
    VaadinServiceInitListener uiCapture() {
        return event -> event.getSource().addUIInitListener(init -> {
            UIS.add(init.getUI());
            if (Boolean.getBoolean("board.cost.noPush")) {
                init.getUI().getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.DISABLED);
            }
        });
    }

    /** Nodes per owner, most first, for the newest UI (the board just opened). */
    static String census() throws Exception {
        UI ui = UIS.getLast();
        Map<String, AtomicInteger> counts = new TreeMap<>();
        ui.access(() -> ui.getInternals().getStateTree().getRootNode().visitNodeTree(node ->
                counts.computeIfAbsent(owner(node), k -> new AtomicInteger()).incrementAndGet())).get();
        StringBuilder out = new StringBuilder("| nodes | component or element |\n|---:|---|\n");
        int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
        counts.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get())
                .forEach(e -> out.append("| ").append(e.getValue()).append(" | ").append(e.getKey()).append(" |\n"));
        return out.append("| ").append(total).append(" | all |\n").toString();
    }

    private static String owner(StateNode node) {
        if (node.hasFeature(ComponentMapping.class)) {
            var component = node.getFeature(ComponentMapping.class).getComponent();
            if (component.isPresent()) {
                return component.get().getClass().getName();
            }
        }
        if (node.hasFeature(ElementData.class)) {
            return "<" + node.getFeature(ElementData.class).getTag() + ">";
        }
        StateNode parent = node.getParent();
        return "(not an element, under " + (parent == null ? "nothing" : owner(parent)) + ")";
    }
}
