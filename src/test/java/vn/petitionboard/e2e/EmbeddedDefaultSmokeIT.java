package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Boots the app as the README's run command does: its own JVM, no database configuration, so it starts the embedded
 * MariaDB in a fresh directory, applies the changelog with the demo data (the living demo too), and serves the login
 * page.
 */
class EmbeddedDefaultSmokeIT {

    private Process app;
    private ChromeDriver browser;

    @Test
    void the_app_starts_on_its_embedded_database_and_the_chair_sees_the_demo_board() throws Exception {
        Path workDir = Path.of("target", "smoke").toAbsolutePath();
        FileSystemUtils.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        int port = freePort();

        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "vn.petitionboard.Application")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DEMO_DATA", "EMBEDDED_DB_DIR").forEach(env::remove);
        env.put("PORT", Integer.toString(port));
        Instant started = Instant.now();
        app = builder.start();

        String base = "http://localhost:" + port;
        waitForHttpOk(base + "/login", Duration.ofSeconds(150));
        System.out.printf("Smoke: login page served %d s after start%n",
                Duration.between(started, Instant.now()).toSeconds());
        assertThat(workDir.resolve("data").resolve("db")).as("embedded data directory").isDirectory();

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Browser.WAIT);
        browser.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("chutich");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("demo@2020", Keys.ENTER);
        // The column is a virtual list: its card elements exist before their data arrives (empty data-code), so
        // wait for the cards to be filled in.
        List<String> escalated = new ArrayList<>();
        wait.until(d -> {
            escalated.clear();
            d.findElements(By.cssSelector("#column-ESCALATED a.petition-card")).stream()
                    .filter(card -> card.isDisplayed())
                    .forEach(card -> escalated.add(card.getDomAttribute("data-code")));
            return !escalated.isEmpty() && escalated.stream().noneMatch(code -> code == null || code.isEmpty());
        });
        // The living demo: this year's two escalations beside the two of 2020 still with the district and the city.
        int year = conferenceDay().getYear();
        assertThat(escalated).containsExactlyInAnyOrder("KN-2020-002", "KN-2020-008", "KN-" + year + "-018",
                "KN-" + year + "-019");
    }

    /** 0101-living-demo.sql: 24 days before the load, moved back to the Friday when that is a weekend. */
    private static LocalDate conferenceDay() {
        LocalDate day = LocalDate.now().minusDays(24);
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.destroy(); // SIGTERM: the app's shutdown hook stops its MariaDB too
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void waitForHttpOk(String url, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos()); // poll interval while the other JVM starts
        }
        throw new AssertionError("The app did not serve " + url + " within " + timeout + "; see target/smoke/app.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
