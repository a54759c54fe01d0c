package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.support.AppHttpClient;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/**
 * A line logged during a signed-in user's request, written as LOG_FORMAT=ecs writes it (Spring Boot's encoder on the
 * app's logging context): one JSON object with the request id and the user's internal id, and no name of the user.
 */
@IntegrationTest
class JsonLogLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APP_ERROR_HANDLER = "vn.petitionboard.base.ui.AppErrorHandler";

    @LocalServerPort
    int port;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SignIn signIn;

    @Autowired
    TestWards wards;

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private Logger logger;

    @BeforeEach
    void jsonAppender() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat("ecs");
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        logger = context.getLogger("vn.petitionboard.operations.JsonLogLineTest.line");
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    @AfterEach
    void removeAppender() {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        appender.stop();
    }

    @Test
    void a_line_of_a_signed_in_request_carries_request_and_user_id_and_no_name() throws Exception {
        TestWards.Ward ward = wards.create();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIdFilter.HEADER, "req-42");

        signIn.as(ward.chair(), () -> {
            new MockFilterChain(RequestIdFilterTest.servlet(() -> logger.info("Board opened")), new RequestIdFilter(),
                    new UserIdFilter(currentUser)).doFilter(request, new MockHttpServletResponse());
            return null;
        });

        String line = written.toString(StandardCharsets.UTF_8).strip();
        assertThat(line.lines()).hasSize(1);
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("Board opened");
        assertThat(json.get("requestId").asString()).isEqualTo("req-42");
        assertThat(json.get("userId").asString()).isEqualTo(Long.toString(wards.idOf(ward.chair()).value()));
        assertThat(line).doesNotContain(ward.chair(), "Chủ tịch Thử", "Ch\\u1ee7 t\\u1ecbch");
    }

    /**
     * Through the running app: a forged UI event from a signed-in page makes the app's error handler log one line
     * inside the request, after Spring Security's filters. The line's fields carry the answer's request id and the
     * user's id; the message itself is the handler's own, which names the username, as it did before (decision 0030).
     */
    @Test
    void a_line_the_app_logs_during_a_real_request_carries_that_requests_ids() {
        TestWards.Ward ward = wards.create();
        AppHttpClient browser = new AppHttpClient(port);
        browser.login(ward.chair(), TestWards.PASSWORD);
        AppHttpClient.VaadinUi board = browser.openUi("board");
        Logger handler = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(APP_ERROR_HANDLER);
        handler.addAppender(appender);
        HttpResponse<String> answer;
        try {
            answer = board.send("""
                    [{"type":"bogus","node":1}]
                    """);
        } finally {
            handler.detachAppender(appender);
        }

        JsonNode json = JSON.readTree(written.toString(StandardCharsets.UTF_8).strip());
        assertThat(json.get("log").get("logger").asString()).isEqualTo(APP_ERROR_HANDLER);
        assertThat(json.get("requestId").asString())
                .isEqualTo(answer.headers().firstValue(RequestIdFilter.HEADER).orElseThrow());
        assertThat(json.get("userId").asString()).isEqualTo(Long.toString(wards.idOf(ward.chair()).value()));
        ((ObjectNode) json).remove("message");
        assertThat(json.toString()).doesNotContain(ward.chair());
    }

    @Test
    void nobody_signed_in_no_user_id() throws Exception {
        new MockFilterChain(RequestIdFilterTest.servlet(() -> logger.info("Login page")), new RequestIdFilter(),
                new UserIdFilter(currentUser)).doFilter(new MockHttpServletRequest("GET", "/login"),
                new MockHttpServletResponse());

        JsonNode json = JSON.readTree(written.toString(StandardCharsets.UTF_8).strip());
        assertThat(json.has("requestId")).isTrue();
        assertThat(json.has("userId")).isFalse();
    }
}
