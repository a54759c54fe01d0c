package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * A node's session ids end in its route, also after the id changes at sign-in (Spring Security's session fixation
 * protection calls changeSessionId): nginx's map in deploy/nginx.conf.template reads it from the cookie. A real Tomcat
 * from Spring Boot's factory, with a servlet that opens a session and one that changes its id.
 */
class SessionRouteTest {

    @Test
    void a_new_session_and_its_changed_id_end_in_the_route() throws Exception {
        String[] ids = sessionIds(new SessionRoute("app7"));
        assertThat(ids[0]).matches("[0-9A-F]{32}\\.app7");
        assertThat(ids[1]).matches("[0-9A-F]{32}\\.app7").isNotEqualTo(ids[0]);
    }

    @Test
    void without_a_route_the_ids_are_plain() throws Exception {
        String[] ids = sessionIds(new SessionRoute(""));
        assertThat(ids[0]).matches("[0-9A-F]{32}");
        assertThat(ids[1]).matches("[0-9A-F]{32}");
    }

    @Test
    void a_route_that_would_break_the_cookie_or_the_proxys_pattern_is_refused() {
        assertThatThrownBy(() -> new SessionRoute("app 1;x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The id of a new session, and its id after changeSessionId. */
    private static String[] sessionIds(SessionRoute route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        route.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String id = request.getParameter("change") == null
                        ? request.getSession(true).getId()
                        : request.changeSessionId();
                response.getWriter().write(id);
            }
        }).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build()) {
            String base = "http://127.0.0.1:" + server.getPort() + "/";
            String first = client.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String changed = client.send(HttpRequest.newBuilder(URI.create(base + "?change")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new String[] {first, changed};
        } finally {
            server.stop();
        }
    }
}
