package vn.petitionboard.benchmark.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's conversation with the app, as Flow's client has it: its own cookie jar (so its own HTTP session),
 * the page's Spring CSRF token for the login form, and per UI the Vaadin security key, the UI id and the two message
 * counters (syncId from the server, clientId from the client) that every UIDL request must carry. Answers are asked
 * gzipped like a browser asks them; both the bytes on the wire and the uncompressed bytes are kept.
 */
final class FlowConnection implements AutoCloseable {

    /** One HTTP request and its answer; problem is null when the answer is what the protocol expects. */
    record Exchange(int status, long wireBytes, long bodyBytes, long nanos, JsonNode json, String location,
            String problem) {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** LOAD_TRACE=true prints requests and the start of answers; LOAD_TRACE=full the whole answers. */
    private static final String TRACE_MODE = System.getenv().getOrDefault("LOAD_TRACE", "");
    private static final boolean TRACE = TRACE_MODE.equals("true") || TRACE_MODE.equals("full");
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/156.0.0.0 Safari/537.36 petition-board-load-client";

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final URI base;
    private final Duration timeout;
    private final String windowName = "v-" + Math.random();
    final UidlTree tree = new UidlTree();

    private boolean broken;
    private String pageCsrf;
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;

    FlowConnection(URI base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(executor).build();
    }

    /** A page (the app's index.html for any route); remembers the form CSRF token it carries. */
    Exchange page(String pathAndQuery) {
        Exchange e = send(request(pathAndQuery).header("Accept", "text/html").GET(), false, "");
        if (e.problem() == null && e.status() != 200) {
            return problem(e, "http-" + e.status() + (e.location() == null ? "" : " → " + e.location()));
        }
        return e;
    }

    /** Flow's bootstrap request: a new UI for the location, its first UIDL and the UI's security key. */
    Exchange init(String location, String query) {
        String url = "/?v-r=init&location=" + encode(location) + "&query=" + encode(query) + browserDetails();
        Exchange e = send(request(url).header("Accept", "application/json").GET(), true, "");
        if (e.problem() != null) {
            return e;
        }
        JsonNode uidl = e.json().path("appConfig").path("uidl");
        if (uidl.isMissingNode() || !uidl.has("Vaadin-Security-Key")) {
            return problem(e, "init-without-ui");
        }
        tree.clear();
        broken = false;
        uiId = e.json().path("appConfig").path("v-uiId").asInt();
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl);
        return e;
    }

    /** One UIDL request with these invocations; the answer's changes are applied to the tree. */
    Exchange rpc(List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        Exchange e = check(send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type",
                "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(message.toString())), true,
                message.toString()));
        if (e.problem() != null) {
            broken = true;
            return e;
        }
        JsonNode json = e.json();
        if (json.has("syncId") && json.get("syncId").asInt() >= 0) {
            syncId = json.get("syncId").asInt();
        }
        if (json.has("clientId")) {
            clientId = json.get("clientId").asInt();
        }
        tree.apply(json);
        return e;
    }

    /** The answer's meta data: what Flow's client would show as an error or act on by reloading. */
    private static Exchange check(Exchange e) {
        if (e.problem() != null) {
            return e;
        }
        JsonNode meta = e.json().path("meta");
        if (meta.has("appError")) {
            return problem(e, "appError" + (meta.path("appError").path("caption").isString()
                    ? ": " + meta.path("appError").path("caption").asString() : ""));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return problem(e, "session-expired");
        }
        if (meta.path("repaintAll").asBoolean(false) || e.json().path("resynchronize").asBoolean(false)) {
            return problem(e, "resync");
        }
        return e;
    }

    /** The login form's POST, as the LoginForm's native form sends it; success is a redirect not to the login page. */
    Exchange login(String username, String password) {
        if (pageCsrf == null) {
            return new Exchange(0, 0, 0, 0, null, null, "no-csrf-token-on-login-page");
        }
        String form = "_csrf=" + encode(pageCsrf) + "&username=" + encode(username) + "&password="
                + encode(password);
        Exchange e = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), false, "(login form of " + username + ")");
        // A redirect back to the login page is a refusal: ?error (password), ?locked=, ?unavailable, or plain /login.
        if (e.problem() == null && (e.status() != 302 || e.location() == null || e.location().contains("/login"))) {
            return problem(e, "login-refused (" + e.status() + " " + e.location() + ")");
        }
        return e;
    }

    /** What the page sends when it is left (a reload): the server closes this UI. Not checked. */
    void unload() {
        if (uiId < 0) {
            return;
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())), false, message.toString());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip");
    }

    /** Sends and reads one request; with LOAD_TRACE=true, prints both sides (for finding what a screen sends). */
    private Exchange send(HttpRequest.Builder builder, boolean json, String body) {
        HttpRequest request = builder.build();
        if (TRACE) {
            System.out.printf("[trace] %s %s %s %s%n", Thread.currentThread(), request.method(), request.uri(), body);
        }
        Exchange e = exchange(request, json);
        if (TRACE) {
            String answer = e.json() == null ? "" : e.json().toString();
            System.out.printf("[trace] %s %d %s %s%n", Thread.currentThread(), e.status(), e.problem(),
                    TRACE_MODE.equals("full") ? answer : answer.substring(0, Math.min(3000, answer.length())));
        }
        return e;
    }

    private Exchange exchange(HttpRequest request, boolean json) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Exchange(0, 0, 0, System.nanoTime() - start, null, null, "timeout");
        } catch (IOException e) {
            return new Exchange(0, 0, 0, System.nanoTime() - start, null, null, "io: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(0, 0, 0, System.nanoTime() - start, null, null, "interrupted");
        }
        long nanos = System.nanoTime() - start;
        byte[] wire = response.body();
        byte[] body = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()
                ? gunzip(wire) : wire;
        String location = response.headers().firstValue("Location").orElse(null);
        String text = new String(body, StandardCharsets.UTF_8);
        Exchange e = new Exchange(response.statusCode(), wire.length, body.length, nanos, null, location, null);
        if (!json) {
            Matcher csrf = CSRF_META.matcher(text);
            if (csrf.find()) {
                pageCsrf = csrf.group(1);
            }
            return e;
        }
        if (response.statusCode() != 200) {
            return problem(e, "http-" + response.statusCode() + (location == null ? "" : " → " + location));
        }
        // Older Flow versions guard JSON with a prefix; tolerate it.
        String payload = text.startsWith("for(;;);") ? text.substring(8) : text;
        if (payload.startsWith("[") && payload.endsWith("]")) {
            payload = payload.substring(1, payload.length() - 1);
        }
        try {
            return new Exchange(e.status(), e.wireBytes(), e.bodyBytes(), nanos, JSON.readTree(payload), location,
                    null);
        } catch (RuntimeException parse) {
            return problem(e, "not-json: " + text.substring(0, Math.min(60, text.length())).replace('\n', ' '));
        }
    }

    /**
     * The app node holding this tab's session, from the session id's suffix (".app1" behind the cluster's nginx), or
     * "-" without a session or suffix.
     */
    String node() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue()).filter(v -> v.contains("."))
                .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("-");
    }

    /**
     * Whether a UIDL request of this UI failed: its answer may be lost, so the client's message counters and tree may
     * no longer match the server's. A browser would reload; so does the virtual user.
     */
    boolean broken() {
        return broken;
    }

    private static Exchange problem(Exchange e, String problem) {
        return new Exchange(e.status(), e.wireBytes(), e.bodyBytes(), e.nanos(), e.json(), e.location(), problem);
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Flow's client sends about the browser with the init request (a 1440×1000 window in Hà Nội). */
    private String browserDetails() {
        return "&v-sh=1000&v-sw=1440&v-wh=1000&v-ww=1440&v-bh=1000&v-bw=1440&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh&v-wn=" + windowName
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        http.close();
    }
}
