package vn.petitionboard.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The Vaadin UIs open in this instance (one per browser tab, from its start until Vaadin closes it: the tab's
 * unload, missed heartbeats or the session's end) and how many of them hold a push connection now. Two gauges read
 * when Prometheus scrapes: {@value #ACTIVE_UIS} and {@value #PUSH_CONNECTIONS}.
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    static final String ACTIVE_UIS = "petitionboard.ui.active";
    static final String PUSH_CONNECTIONS = "petitionboard.push.connections";

    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    OpenUis(MeterRegistry registry) {
        Gauge.builder(ACTIVE_UIS, open, Set::size).description("Vaadin UIs (browser tabs) open in this instance")
                .register(registry);
        Gauge.builder(PUSH_CONNECTIONS, this, OpenUis::pushConnections)
                .description("Open push connections (WebSockets) of this instance's UIs").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            open.add(ui);
            ui.addDetachListener(detach -> open.remove(ui));
        });
    }

    /**
     * Read without the UI's session lock, as a scrape must never wait for a busy UI: the connection's state is one
     * field, and a count a moment old is what a gauge is.
     */
    private double pushConnections() {
        return open.stream().map(ui -> ui.getInternals().getPushConnection())
                .filter(connection -> connection != null && isConnected(connection)).count();
    }

    private static boolean isConnected(PushConnection connection) {
        try {
            return connection.isConnected();
        } catch (RuntimeException racing) {
            return false; // closed while we looked
        }
    }
}
