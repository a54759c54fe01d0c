package vn.petitionboard.operations;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The app node's name in its session ids, for sticky sessions behind a proxy without a "sticky" directive
 * (docs/decisions/0033-local-cluster.md): with the route {@code app1} every session id ends in {@code .app1}, also the
 * new one Spring Security gives the session at sign-in, and nginx picks the node from the cookie. Tomcat takes it as
 * its engine's jvmRoute, which its session manager reads when it starts. Empty (one node, the default): plain ids.
 */
@Component
class SessionRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    SessionRoute(@Value("${petitionboard.session.route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("APP_NODE_ROUTE may hold letters, digits, - and _ only: " + route);
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The factory adds the context to its host, and the host to the engine, before it runs the customizers.
        factory.addContextCustomizers(context -> engineOf(context).setJvmRoute(route));
    }

    private static Engine engineOf(Container container) {
        Container parent = container;
        while (parent != null && !(parent instanceof Engine)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            throw new IllegalStateException("Tomcat's context has no engine to take the session route");
        }
        return (Engine) parent;
    }
}
