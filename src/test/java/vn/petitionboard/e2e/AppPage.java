package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object shares: the browser, the app's address, and waits. Vaadin renders after the server's
 * answer arrives, so every page waits for its own landmark before anyone reads it, and every action that talks to
 * the server waits until the Flow client has no request in flight.
 */
abstract class AppPage {

    /** True when every Vaadin Flow client on the page has neither a request in flight nor one about to be sent. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            """;

    protected final ChromeDriver driver;
    protected final String baseUrl;
    protected final WebDriverWait wait;

    AppPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Browser.WAIT);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageTitle() {
        return driver.getTitle();
    }

    /** The whole DOM as serialised now, for checks that data did not reach the browser at all. */
    String pageSource() {
        return driver.getPageSource();
    }

    void screenshot(String name) {
        waitForVaadin();
        Browser.screenshot(driver, name);
    }

    protected WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    protected void waitForVaadin() {
        wait.until(vaadinIdle());
    }

    static ExpectedCondition<Boolean> vaadinIdle() {
        return d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
    }
}
