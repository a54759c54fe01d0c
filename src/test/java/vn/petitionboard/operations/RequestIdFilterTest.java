package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request id is in the logging context while the request runs, and gone after it, even when it failed. */
class RequestIdFilterTest {

    @Test
    void the_id_is_in_the_logging_context_during_the_request_and_removed_after() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new MockFilterChain(servlet(() -> seen.set(MDC.get(RequestIdFilter.MDC_KEY))), new RequestIdFilter())
                .doFilter(new MockHttpServletRequest("GET", "/"), response);

        assertThat(seen.get()).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo(seen.get());
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void the_id_is_removed_after_a_request_that_failed() {
        MockFilterChain failing = new MockFilterChain(servlet(() -> {
            throw new IllegalStateException("boom");
        }), new RequestIdFilter());

        try {
            failing.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse());
        } catch (Exception expected) {
            assertThat(expected).hasMessageContaining("boom");
        }

        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void a_proxys_id_is_kept_if_well_formed_else_replaced() {
        assertThat(RequestIdFilter.requestId("3c6e0b8a9c15224a8228b9a98ca1531d"))
                .isEqualTo("3c6e0b8a9c15224a8228b9a98ca1531d");
        assertThat(RequestIdFilter.requestId("f47ac10b-58cc-4372-a567-0e02b2c3d479"))
                .isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        assertThat(RequestIdFilter.requestId("a\nforged line")).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.requestId("x\"} \"userId\":\"1")).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.requestId("x".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.requestId("")).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.requestId(null)).matches("[0-9a-f-]{36}");
    }

    static HttpServlet servlet(Runnable body) {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                body.run();
            }
        };
    }
}
