package vn.petitionboard.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, named explicitly so that Selenium Manager never downloads anything.
 * Each browser gets a fresh profile directory.
 */
final class Browser {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** How often a wait looks again: Selenium's default of half a second adds up over a long journey. */
    static final Duration POLL = Duration.ofMillis(50);

    private Browser() {
    }

    static ChromeDriver start() {
        return start(options -> { });
    }

    /** A browser with extra options (a benchmark asks for Chromium's performance log). */
    static ChromeDriver start(java.util.function.Consumer<ChromeOptions> extra) {
        Path profile;
        try {
            profile = Files.createTempDirectory("petitionboard-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=vi-VN",
                "--user-data-dir=" + profile);
        // The page's console is kept, so a test can see what the browser refused (a script the CSP blocked).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        extra.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves a PNG under target/screenshots, for people to look at what the tests saw. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Forgets the signed-in session as a new visitor would have none: leaves the page first, so that its push
     * connection closes with it, then clears the browser's cookies (through DevTools: WebDriver's own call only clears
     * the cookies of the page's site, and about:blank has none). Dropping them under a live page let its push client
     * reconnect and set a new, signed-out session cookie just after the next sign-in.
     */
    static void forgetSession(ChromeDriver driver) {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }
}
