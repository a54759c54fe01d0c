package vn.petitionboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, written before anything else runs. Spring Security's own header writer adds
 * them when the answer is committed, and Vaadin's pages are committed past it (they came out with none of them), so
 * this filter sets them first and Vaadin's page listener ({@link PageSecurityPolicy}) only swaps in the page's CSP
 * with its nonce. Personal data is never stored by a cache: everything but the versioned static bundle gets
 * {@code Cache-Control: no-store}, and a later "no-cache" from Vaadin (UIDL, downloads) cannot weaken it.
 * See docs/decisions/0012.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";
    /** A year, for this host only: subdomains of a ward's domain may run other services. */
    static final String HSTS = "max-age=31536000";

    /** Static files without personal data, which the browser may keep: Vaadin's bundle, the theme, our CSS. */
    private static final List<String> CACHEABLE_PREFIXES = List.of(
            "/VAADIN/build/", "/VAADIN/static/", "/lumo/", "/images/", "/icons/");
    private static final List<String> CACHEABLE_FILES = List.of("/styles.css", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forOtherResponses());
        if (request.isSecure()) {
            // Behind a proxy, isSecure() comes from X-Forwarded-Proto (server.forward-headers-strategy=native).
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (cacheable(request)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(CACHE_CONTROL, NO_STORE);
            chain.doFilter(request, new NoStoreResponse(response));
        }
    }

    static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return CACHEABLE_FILES.contains(path) || CACHEABLE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Keeps Cache-Control at no-store whatever a handler sets later (Vaadin writes "no-cache" on UIDL answers). */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(CACHE_CONTROL, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
