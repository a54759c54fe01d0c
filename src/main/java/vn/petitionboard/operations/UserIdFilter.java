package vn.petitionboard.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.petitionboard.security.CurrentUser;

/**
 * Puts the signed-in user's internal id (app_user.id) into the logging context ({@value #MDC_KEY}) for the rest of
 * the request; runs after Spring Security's filters, which know the user. The id only: never the username, name, phone
 * or e-mail, which are personal data (the id leads to them only through the database).
 */
final class UserIdFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "userId";

    private final CurrentUser currentUser;

    UserIdFilter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        currentUser.find().ifPresent(user -> MDC.put(MDC_KEY, Long.toString(user.id().value())));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
