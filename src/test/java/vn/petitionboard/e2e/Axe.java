package vn.petitionboard.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core, the accessibility rules engine, run in the page the browser shows. The script comes from a Maven
 * artifact (com.deque.html.axe-core:selenium, test scope, which ships axe.min.js), so nothing is downloaded while the
 * tests run; WebDriver injects it, which the page's Content-Security-Policy does not govern.
 */
final class Axe {

    private static final String SOURCE = load();

    /**
     * The violations axe finds whose impact is serious or critical, one line each: rule, impact, what it asks, and
     * the first elements that break it with axe's summary of why. Shadow DOM is searched too (Vaadin's components).
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
                .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 4)
                        .map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                        .join(' | '))),
                    error => done(['axe could not run: ' + error]));
            """;

    private Axe() {
    }

    /** The version of the artifact, which follows the axe-core version it ships. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/com.deque.html.axe-core/selenium/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        driver.executeScript(SOURCE);
        return (List<String>) driver.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = resource("axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath (com.deque.html.axe-core:selenium)");
        }
        return in;
    }
}
