package vn.petitionboard.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import vn.petitionboard.IntegrationTest;

/**
 * The running server's push connections get the small buffers: both settings are read where the libraries read them,
 * Tomcat's once when its WebSocket classes loaded and Atmosphere's for each new WebSocket. The heap they save is
 * measured by BoardCostBenchmark (docs/benchmarks/push-cost.md).
 */
@IntegrationTest
class PushConnectionBuffersTest {

    @Autowired
    ServletContext servletContext;
    @Autowired
    ServletWebServerApplicationContext webServer;

    @Test
    void tomcat_loaded_its_websocket_classes_with_the_small_buffer() throws Exception {
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(PushConnectionBuffers.SIZE);
    }

    @Test
    void tomcat_gives_each_connection_small_socket_buffers() {
        var socket = (org.apache.coyote.AbstractProtocol<?>) ((TomcatWebServer) webServer.getWebServer()).getTomcat()
                .getConnector().getProtocolHandler();
        assertThat(socket.getProperty("socket.appReadBufSize")).isEqualTo(
                Integer.toString(PushConnectionBuffers.SOCKET_BUFFER_SIZE));
        assertThat(socket.getProperty("socket.appWriteBufSize")).isEqualTo(
                Integer.toString(PushConnectionBuffers.SOCKET_BUFFER_SIZE));
    }

    @Test
    void atmosphere_gives_each_new_websocket_the_small_buffer() {
        List<AtmosphereFramework> frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .filter(name -> name.startsWith(JSR356WebsocketInitializer.class.getName()))
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .toList();
        assertThat(frameworks).isNotEmpty().allSatisfy(framework -> assertThat(framework.getAtmosphereConfig()
                .getInitParameter(PushConnectionBuffers.ATMOSPHERE_BUFFER_SIZE))
                .isEqualTo(Integer.toString(PushConnectionBuffers.SIZE)));
    }
}
