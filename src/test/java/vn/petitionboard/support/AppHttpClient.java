package vn.petitionboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the running app, as a browser without JavaScript would talk to it, with its own cookie
 * jar and no redirect following (the tests read the redirects). It can also speak Vaadin's protocol: open a page's
 * UI and send it events, forged ones included.
 */
public final class AppHttpClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public AppHttpClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String base() {
        return base;
    }

    /** A GET as a browser opening a page; extra headers as name, value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html,application/xhtml+xml,*/*");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Spring's CSRF token as the login page carries it for the login form. */
    public static Optional<String> csrfToken(String html) {
        Matcher matcher = CSRF_META.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Signs in through the login form as the browser does, with the page's CSRF token. */
    public HttpResponse<String> login(String username, String password) {
        String token = csrfToken(get("/login").body())
                .orElseThrow(() -> new IllegalStateException("The login page carries no CSRF token"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return postForm("/login", form);
    }

    /** Loads a route's page and starts its UI, as Vaadin's client does after the page arrives. */
    public VaadinUi openUi(String route) {
        HttpResponse<String> page = get("/" + route);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("/" + route + " answered " + page.statusCode());
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(
                URI.create(base + "/?v-r=init&location=" + enc(route) + "&query=")).GET().build());
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        JsonNode uidl = config.get("uidl");
        return new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(""), uidl.get("syncId").asInt(), uidl.get("clientId").asInt());
    }

    /** One Vaadin UI on the server, and what its next request must carry. */
    public final class VaadinUi {

        private final int uiId;
        private final String csrfToken;
        private final String pushId;
        private int syncId;
        private int clientId;

        private VaadinUi(int uiId, String csrfToken, String pushId, int syncId, int clientId) {
            this.uiId = uiId;
            this.csrfToken = csrfToken;
            this.pushId = pushId;
            this.syncId = syncId;
            this.clientId = clientId;
        }

        /** Sends invocations (a JSON array, as the client would) in one UIDL request. */
        public HttpResponse<String> send(String rpcArray) {
            String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpcArray + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = sendRaw(body);
            String json = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            if (response.statusCode() == 200 && json.startsWith("{")) {
                JsonNode answer = JSON.readTree(json);
                syncId = answer.has("syncId") && answer.get("syncId").asInt() >= 0 ? answer.get("syncId").asInt()
                        : syncId;
                clientId = answer.has("clientId") ? answer.get("clientId").asInt() : clientId + 1;
            }
            return response;
        }

        /** A heartbeat, as the page sends one every heartbeat interval whether or not anyone is there. */
        public HttpResponse<String> heartbeat() {
            return AppHttpClient.this.send(HttpRequest.newBuilder(
                            URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                    .header("Content-Type", "text/plain;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        }

        /**
         * Opens the UI's push WebSocket as Vaadin's client does (Atmosphere's parameters, the session's cookie); the
         * server's messages are ignored. Closing it is the tab going away.
         */
        public WebSocket openPush() {
            String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId) + "&X-Atmosphere-tracking-id=0"
                    + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true";
            URI uri = URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?" + query);
            return http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            }).join();
        }

        /** The beacon a closing tab sends (page unload): Vaadin closes the UI. */
        public HttpResponse<String> unload() {
            return sendRaw("{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + ",\"UNLOAD\":true}");
        }

        /** Sends a body as it is, valid or not. */
        public HttpResponse<String> sendRaw(String body) {
            return AppHttpClient.this.send(HttpRequest.newBuilder(
                            URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
