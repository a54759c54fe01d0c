package vn.petitionboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server's own guard of the idle timeout: whatever request arrives for a session whose user has been idle too
 * long (a Vaadin heartbeat, a poll, a page, a file), the session is ended before anything else happens. The open
 * page's warning and redirect ({@code security.ui.IdleSessionGuard}) are the friendly part; this filter is what holds
 * when a page is left open, or its script is tampered with, since heartbeats keep the HTTP session itself alive.
 */
final class IdleSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdleSessionFilter.class);

    private final SessionSettings settings;

    IdleSessionFilter(SessionSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = Instant.now(); // elapsed time, not the ward's calendar clock
            Optional<Duration> idle = SessionActivity.idle(session, now);
            if (idle.isEmpty() && signedIn()) {
                SessionActivity.touch(session, now); // the first request after signing in
            } else if (idle.isPresent() && idle.get().compareTo(settings.idleTimeout()) >= 0) {
                log.info("Signed out {} after {} s without activity", userName(), idle.get().toSeconds());
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (isPageRequest(request)) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                // Vaadin answers its own requests on a gone session with "session expired", and its client then
                // goes to the login page (see base.ui.ClientMessages).
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String userName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }

    /** A browser opening a page, not a script fetching something for one. */
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return HttpMethod.GET.matches(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html");
    }
}
