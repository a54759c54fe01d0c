package vn.petitionboard.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id in the logging context ({@value #MDC_KEY}) and in the answer's {@value #HEADER}
 * header, for the whole request, before anything else runs: the id a proxy sent in {@value #HEADER} if it looks like
 * one (letters, digits, '.', '_', '-', at most 64: nginx's $request_id, a UUID), else a new UUID. Anything else in the
 * header is ignored, so a client cannot write into the logs.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "requestId";
    static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String requestId(String header) {
        return header != null && WELL_FORMED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
