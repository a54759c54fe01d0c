package vn.petitionboard.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body the app takes: the multipart limit, room for one 10 MB attachment and its headers. A request
 * that declares more gets 413 before any filter or servlet reads a byte of it; a multipart body that turns out larger
 * while the container parses it (no length declared) gets 413 too, with one line in the log instead of two stack
 * traces. The upload endpoint keeps its own, tighter limit for bodies without a declared length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final long maxBytes;

    RequestSizeLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, declared + " bytes declared");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, "multipart body over the limit");
        }
    }

    /** Tomcat's answer to a multipart body over the limit, however deep a filter wrapped it. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
        }
        return false;
    }

    /** A bare 413 that ends the connection: no error page, so nothing else runs for this request. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String why) {
        log.warn("Refused a request to {} from {}: {}, the limit is {} bytes", request.getRequestURI(),
                request.getRemoteAddr(), why, maxBytes);
        response.reset();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
    }
}
