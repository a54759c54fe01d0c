package vn.petitionboard.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every open page keeps a WebSocket for push, and each WebSocket keeps buffers for as long as the page is open: the
 * server's heap per open page is mostly these buffers, not the page (docs/benchmarks/push-cost.md). With the
 * WEBSOCKET_XHR transport (@Push on Application) the browser sends nothing on the WebSocket, and the server writes a
 * message through any buffer size in as many pieces as it needs, so the buffers are cut to what a page needs:
 * <ul>
 * <li>Atmosphere gives each WebSocket a byte and a char buffer for messages the browser sends, sized by
 * {@value #ATMOSPHERE_BUFFER_SIZE}: Vaadin sets 16 K, which is 48 KB a page never used (Atmosphere grows them if a
 * message ever needs more). Vaadin offers no setting, so its value is replaced on the framework once Vaadin has set it
 * up; Atmosphere reads it for each new WebSocket.</li>
 * <li>Tomcat gives each WebSocket an input buffer, an output and an encoder buffer and a compression buffer of
 * {@value #TOMCAT_BUFFER_SIZE} bytes each (8 KB by default), read once from a system property when its WebSocket
 * classes load, so it is set before the server starts.</li>
 * <li>Tomcat gives each open connection a read and a write buffer of 8 KB; a WebSocket keeps its connection, and so
 * its buffers, for as long as the page is open. {@value #SOCKET_BUFFER_SIZE} bytes each: a larger answer is written
 * in more pieces.</li>
 * </ul>
 * The receive buffers for whole messages are cut in application.properties ({@code org.apache.tomcat.websocket.*}).
 */
@Component
class PushConnectionBuffers implements VaadinServiceInitListener, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    /** Bytes (and chars) per buffer: a push message of ~25 KB is written in a dozen pieces. */
    static final int SIZE = 2048;
    static final int SOCKET_BUFFER_SIZE = 4096;

    private static final Logger log = LoggerFactory.getLogger(PushConnectionBuffers.class);

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(TOMCAT_BUFFER_SIZE) == null) {
            System.setProperty(TOMCAT_BUFFER_SIZE, Integer.toString(SIZE));
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER_SIZE));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER_SIZE));
        });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service) {
            ServletContext context = service.getServlet().getServletContext();
            Collections.list(context.getAttributeNames()).stream()
                    .filter(name -> name.startsWith(JSR356WebsocketInitializer.class.getName()))
                    .map(context::getAttribute)
                    .filter(AtmosphereFramework.class::isInstance)
                    .map(AtmosphereFramework.class::cast)
                    .forEach(framework -> {
                        framework.addInitParameter(ATMOSPHERE_BUFFER_SIZE, Integer.toString(SIZE));
                        log.debug("Push WebSocket buffers set to {}", SIZE);
                    });
        }
    }
}
