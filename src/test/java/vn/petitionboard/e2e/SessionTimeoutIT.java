package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.petitionboard.support.AppHttpClient;

/**
 * The idle timeout with a short fuse (6 s, warned 4 s before: a loaded CI machine still has time to click the
 * warning) and a heartbeat every second: a page left alone is warned and then signed out although its heartbeats keep
 * flowing; a user who keeps working stays in; the warning offers to stay; and the server ends an idle session by itself for a client that sends nothing but heartbeats.
 */
@TestPropertySource(properties = {
        "petitionboard.session.idle-timeout=6s",
        "petitionboard.session.idle-warning=4s",
        "vaadin.heartbeatInterval=1",
        // A context of its own (other properties); the main one has already built the schema or will rebuild it.
        "spring.liquibase.drop-first=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(SessionTimeoutIT.HeartbeatCounter.class)
class SessionTimeoutIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";
    private static final Duration TIMEOUT = Duration.ofSeconds(6);
    private static final By WARNING = By.cssSelector("vaadin-dialog#idle-warning[opened]");
    private static final AtomicInteger HEARTBEATS = new AtomicInteger();

    /** Counts the heartbeats that reach the server, to show they were sent while the page sat idle. */
    @TestConfiguration
    static class HeartbeatCounter {

        @Bean
        OncePerRequestFilter heartbeatCounter() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    if ("heartbeat".equals(request.getParameter("v-r"))) {
                        HEARTBEATS.incrementAndGet();
                    }
                    chain.doFilter(request, response);
                }
            };
        }
    }

    /** A page left open would go on sending heartbeats, without cookies, into the next test. */
    @AfterEach
    void leaveThePage() {
        driver.get("about:blank");
    }

    @Test
    void a_page_left_alone_is_signed_out_although_its_heartbeats_keep_coming() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        int heartbeatsBefore = HEARTBEATS.get();

        WebElement warning = waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("idle-warning-text")));
        assertThat(warning.getText()).contains("phiên làm việc sẽ kết thúc sau khoảng");
        board.screenshot("session-idle-warning");

        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?expired"));
        LoginPage login = new LoginPage(driver, baseUrl());
        assertThat(login.notice()).isEqualTo("Phiên làm việc đã kết thúc vì không có thao tác trong 6 giây "
                + "(hoặc hệ thống vừa khởi động lại, hoặc quản trị viên vừa thay đổi tài khoản của bạn). "
                + "Vui lòng đăng nhập lại.");
        login.screenshot("session-expired-login");
        assertThat(HEARTBEATS.get() - heartbeatsBefore).as("heartbeats sent while the page sat idle")
                .isGreaterThanOrEqualTo(2);

        HttpResponse<String> replayed = new AppHttpClient(port).get("/board", "Cookie", "JSESSIONID=" + session);
        assertThat(replayed.headers().firstValue("Location").orElse("")).as("the old session id signs nobody in")
                .endsWith("/login");
    }

    @Test
    void a_user_who_keeps_working_stays_signed_in_and_the_warning_lets_them_stay() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);

        // Three timeouts long, a key press every second: no warning, no sign-out.
        keepWorkingFor(TIMEOUT.multipliedBy(3));
        assertThat(driver.getCurrentUrl()).endsWith("/board");

        // Then nothing: the warning comes; "stay" keeps the session for another full timeout.
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-stay")))
                .click();
        waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(WARNING));
        Instant stayed = Instant.now();
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login?expired"));
        assertThat(Duration.between(stayed, Instant.now())).as("a full timeout after 'stay'")
                .isGreaterThanOrEqualTo(TIMEOUT.minusMillis(500));
        assertThat(board.currentUrl()).contains("/login?expired");
    }

    @Test
    void sign_out_now_in_the_warning_ends_the_session_at_once() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();

        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("idle-sign-out")))
                .click();

        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/login"));
        assertThat(new LoginPage(driver, baseUrl()).notice()).as("no 'session ended' notice").isEmpty();
        HttpResponse<String> replayed = new AppHttpClient(port).get("/board", "Cookie", "JSESSIONID=" + session);
        assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void the_server_ends_an_idle_session_even_for_a_client_that_only_sends_heartbeats() {
        AppHttpClient client = new AppHttpClient(port);
        client.login("chutich", PASSWORD);
        AppHttpClient.VaadinUi board = client.openUi("board");
        Instant opened = Instant.now();

        // A heartbeat a second, nothing else: the session ends after the timeout and the heartbeat is refused.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .until(() -> board.heartbeat().statusCode() != 200);
        assertThat(Duration.between(opened, Instant.now())).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(500));

        HttpResponse<String> page = client.get("/board");
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** A key press about every second for the given time, failing if the warning ever shows. */
    private void keepWorkingFor(Duration duration) {
        Instant end = Instant.now().plus(duration);
        Instant[] lastKey = {Instant.EPOCH};
        waitUpTo(duration.plusSeconds(10)).until(d -> {
            assertThat(d.findElements(WARNING)).as("the idle warning while working").isEmpty();
            if (Duration.between(lastKey[0], Instant.now()).toMillis() >= 1000) {
                new Actions(driver).sendKeys(Keys.SHIFT).perform();
                lastKey[0] = Instant.now();
            }
            return Instant.now().isAfter(end);
        });
    }

    private WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Browser.POLL);
    }
}
