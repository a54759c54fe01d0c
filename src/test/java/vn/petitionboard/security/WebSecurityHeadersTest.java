package vn.petitionboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.AppHttpClient;

/**
 * The headers and cookies of the running app as a browser receives them, over real HTTP (MockMvc would skip the
 * servlet container and Vaadin's own handlers, where the gaps were): security headers on Vaadin's pages, a CSP whose
 * nonce every inline script carries, no caching of personal data, a SameSite session cookie that turns Secure behind
 * an HTTPS proxy, no session id in URLs, and a login form that refuses a post without its CSRF token.
 */
@IntegrationTest
class WebSecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})' 'unsafe-eval'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    @Test
    void vaadin_pages_carry_the_security_headers_and_a_csp_whose_nonce_every_inline_script_has() {
        HttpResponse<String> login = new AppHttpClient(port).get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(login, "Cache-Control")).isEqualTo("no-store");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();

        String csp = header(login, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                "form-action 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = NONCE.matcher(csp);
        assertThat(nonce.find()).as("a nonce in " + csp).isTrue();
        List<String> scripts = SCRIPT_TAG.matcher(login.body()).results().map(m -> m.group()).toList();
        assertThat(scripts).as("Vaadin's bootstrap and the login form's CSRF helper").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));

        String again = header(new AppHttpClient(port).get("/login"), "Content-Security-Policy");
        assertThat(again).as("a fresh nonce for every page").isNotEqualTo(csp);
    }

    @Test
    void the_versioned_bundle_may_be_cached_but_what_a_signed_in_user_receives_may_not() {
        AppHttpClient browser = new AppHttpClient(port);
        Matcher bundle = BUNDLE_SCRIPT.matcher(browser.get("/login").body());
        assertThat(bundle.find()).isTrue();
        HttpResponse<String> script = browser.get("/" + bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        // Vaadin decides how long (max-age in production mode, no-cache with the development bundle); we never forbid it.
        assertThat(header(script, "Cache-Control")).isNotEmpty().doesNotContain("no-store");
        assertThat(header(script, "X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(browser.login("chutich", "demo@2020").statusCode()).isEqualTo(302);
        AppHttpClient.VaadinUi board = browser.openUi("board");
        HttpResponse<String> uidl = board.send("[]");
        assertThat(uidl.statusCode()).isEqualTo(200);
        // Vaadin itself writes "no-cache" here, which lets a browser keep the answer on disk.
        assertThat(uidl.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(header(browser.get("/board"), "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_session_cookie_is_same_site_http_only_and_not_secure_over_plain_http() {
        String cookie = header(new AppHttpClient(port).get("/login"), "Set-Cookie");

        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behind_an_https_proxy_the_cookie_is_secure_and_hsts_is_sent() {
        HttpResponse<String> login = new AppHttpClient(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(header(login, "Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(header(login, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void no_address_carries_the_session_id_even_for_a_browser_without_the_cookie() {
        AppHttpClient browser = new AppHttpClient(port);
        for (String path : List.of("/VAADIN/foo", "/board", "/petitions/1")) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
    }

    @Test
    void a_login_post_without_the_forms_csrf_token_signs_nobody_in() {
        AppHttpClient attacker = new AppHttpClient(port);
        attacker.get("/login"); // even with a session of its own

        HttpResponse<String> forged = attacker.postForm("/login", Map.of("username", "chutich", "password", "demo@2020"));
        HttpResponse<String> wrongToken = attacker.postForm("/login",
                Map.of("username", "chutich", "password", "demo@2020", "_csrf", "forged"));

        for (HttpResponse<String> refused : List.of(forged, wrongToken)) {
            assertThat(refused.headers().firstValue("Location").orElse(""))
                    .as("not sent on into the app").doesNotEndWith(":" + port + "/");
        }
        assertThat(attacker.get("/board").statusCode()).as("still signed out").isEqualTo(302);

        AppHttpClient user = new AppHttpClient(port);
        HttpResponse<String> signedIn = user.login("chutich", "demo@2020");
        assertThat(signedIn.headers().firstValue("Location")).as("with the token it works").hasValue(user.base() + "/");
        assertThat(user.get("/board").statusCode()).isEqualTo(200);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
