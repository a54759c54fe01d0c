package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.WebSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.AppHttpClient;
import vn.petitionboard.support.TestWards;

/**
 * The gauges of open UIs and push connections follow a tab as Vaadin's client drives it over real HTTP: its UI starts,
 * its push WebSocket opens and closes, the tab goes away.
 */
@IntegrationTest
class OpenUisTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Autowired
    TestWards wards;

    @Test
    void a_tab_counts_as_an_active_ui_and_its_websocket_as_a_push_connection_while_open() {
        AppHttpClient tab = new AppHttpClient(port);
        tab.login(wards.create().chair(), TestWards.PASSWORD);
        double uisBefore = gauge(OpenUis.ACTIVE_UIS);
        double pushBefore = gauge(OpenUis.PUSH_CONNECTIONS);

        AppHttpClient.VaadinUi ui = tab.openUi("");
        assertThat(gauge(OpenUis.ACTIVE_UIS)).isEqualTo(uisBefore + 1);
        assertThat(gauge(OpenUis.PUSH_CONNECTIONS)).as("no WebSocket yet").isEqualTo(pushBefore);

        WebSocket push = ui.openPush();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> gauge(OpenUis.PUSH_CONNECTIONS) == pushBefore + 1);

        push.sendClose(WebSocket.NORMAL_CLOSURE, "tab closed").join();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> gauge(OpenUis.PUSH_CONNECTIONS) == pushBefore);

        assertThat(ui.unload().statusCode()).isEqualTo(200);
        // Vaadin removes a closed UI at the end of the request, which may be just after the answer was sent.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> gauge(OpenUis.ACTIVE_UIS) == uisBefore);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
