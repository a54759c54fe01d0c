package vn.petitionboard.e2e;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;

/** Saves target/screenshots/FAILED-Class-method.png when a browser test fails, to see what the browser showed. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<ChromeDriver> driver;

    ScreenshotOnFailure(Supplier<ChromeDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ChromeDriver browser = driver.get();
        if (browser == null) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            Browser.screenshot(browser, name);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
