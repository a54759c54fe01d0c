package vn.petitionboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.AppHttpClient;

/**
 * Forged and broken requests from a signed-in page, sent over Vaadin's own protocol: each is refused, and leaves one
 * WARN line naming the user and the reason, without a stack trace and without an ERROR (before, each wrote a stack
 * trace of about 100 lines at ERROR, so anyone signed in could flood the log).
 */
@IntegrationTest
class InvalidClientEventLogTest {

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private AppHttpClient.VaadinUi board;

    @BeforeEach
    void openTheBoardAndListen() {
        AppHttpClient browser = new AppHttpClient(port);
        browser.login("chutich", "demo@2020");
        board = browser.openUi("board");
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void a_forged_update_of_a_property_the_client_may_not_set_is_one_warn_line() {
        assertOneWarnLine(ui -> ui.send("""
                [{"type":"mSync","node":1,"feature":1,"property":"innerHTML","value":"<img src=x onerror=alert(1)>\\nFAKE"}]
                """), "AppErrorHandler", "(sub)property 'innerHTML' whose update is not allowed");
    }

    @Test
    void a_forged_call_of_a_server_method_that_does_not_exist_is_one_warn_line() {
        assertOneWarnLine(ui -> ui.send("""
                [{"type":"publishedEventHandler","node":1,"templateEventMethodName":"deleteEverything",
                  "templateEventMethodArgs":[],"promise":-1}]
                """), "AppErrorHandler", "publishedEventHandler 'deleteEverything' on node 1");
    }

    @Test
    void an_unknown_kind_of_invocation_is_one_warn_line() {
        assertOneWarnLine(ui -> ui.send("""
                [{"type":"bogus","node":1}]
                """), "AppErrorHandler", "Unsupported event type: bogus");
    }

    @Test
    void a_body_that_is_not_json_is_one_warn_line() {
        assertOneWarnLine(ui -> ui.sendRaw("{not json"), "MalformedRequestLogFilter", "JsonDecodingException");
    }

    @Test
    void a_click_on_a_node_that_does_not_exist_writes_nothing_above_info() {
        HttpResponse<String> answer = board.send("""
                [{"type":"event","node":99999,"event":"click"}]
                """);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(warningsAndErrors()).isEmpty();
    }

    private void assertOneWarnLine(Function<AppHttpClient.VaadinUi, HttpResponse<String>> forgery, String logger,
            String reason) {
        HttpResponse<String> answer = forgery.apply(board);

        assertThat(answer.statusCode()).as("the request is answered, not a server error").isEqualTo(200);
        List<ILoggingEvent> logged = warningsAndErrors();
        assertThat(logged).as("log lines at WARN or above").singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getLoggerName()).endsWith("." + logger);
            assertThat(line.getFormattedMessage()).contains("'chutich'", reason).doesNotContain("\n", "\r");
            assertThat(line.getThrowableProxy()).as("no stack trace").isNull();
        });
    }

    private List<ILoggingEvent> warningsAndErrors() {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }
}
