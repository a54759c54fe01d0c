package vn.petitionboard.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

    /** How the app writes and reads dates. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        this.wait = new WebDriverWait(driver, Browser.WAIT, Browser.POLL);
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

    /** Screenshots at the desktop's width (1440 px) and a phone's (390 px), then back to the desktop. */
    void screenshotsAtBothWidths(String name) {
        screenshot(name + "-1440");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot(name + "-390");
        driver.manage().window().setSize(new Dimension(1440, 1000));
        waitForVaadin();
    }

    /**
     * Waits until the element has left the page (a reload or a re-render). Besides Selenium's "stale element",
     * ChromeDriver answers a node caught halfway through the page going away with a plain WebDriverException ("Node
     * with given id does not belong to the document"), which ExpectedConditions.stalenessOf does not count as gone.
     */
    protected void waitUntilGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    protected WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The first element found, visible or not (a notification's host element is never visible itself). */
    protected WebElement waitPresent(By by) {
        return wait.until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    protected List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Types into a text field or text area, replacing what it held, and leaves it with Tab so that it commits. */
    protected void typeInto(String fieldId, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    /** Types a date into a date picker as a person does, dd/MM/yyyy, and commits it with Enter. */
    protected void typeDate(String fieldId, LocalDate date) {
        WebElement picker = driver.findElement(By.id(fieldId));
        WebElement input = picker.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.format(DAY), Keys.ENTER);
        wait.until(d -> date.toString().equals(picker.getDomProperty("value")));
        wait.until(d -> picker.getDomAttribute("opened") == null);
        waitForVaadin();
    }

    /** Picks an item of a Select by its visible label, through the select's overlay. */
    protected void chooseInSelect(String fieldId, String label) {
        WebElement select = driver.findElement(By.id(fieldId));
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        wait.until(d -> select.getDomAttribute("opened") != null);
        WebElement item = wait.until(d -> select.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(i -> i.getText().trim().equals(label))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> select.getDomAttribute("opened") == null);
        wait.until(d -> select.findElement(By.cssSelector("vaadin-select-value-button")).getText().trim()
                .equals(label));
        waitForVaadin();
    }

    /** Chooses an item of a combo box from its list, after typing the start of its name. */
    protected void chooseInComboBox(String fieldId, String label) {
        WebElement combo = driver.findElement(By.id(fieldId));
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(i -> i.getText().trim().equals(label))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> combo.getDomAttribute("opened") == null);
        wait.until(d -> label.equals(input.getDomProperty("value")));
        waitForVaadin();
    }

    /** Clicks an element after scrolling it to the middle of its scrolling area (the layout scrolls, not the window). */
    protected void scrollAndClick(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Whether the page is wider than the window, so that a person would have to scroll it sideways. */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    /** Whether the element lies wholly within the window's width (and, when asked, its height too). */
    boolean withinWindow(WebElement element, boolean vertically) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const across = r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
                return across && (!arguments[1] || (r.top >= 0 && r.bottom <= window.innerHeight));""",
                element, vertically));
    }

    /** Until the grid is on the page and has its rows: it fetches them in a round trip of its own. */
    protected void waitForGridRows(By grid) {
        waitVisible(grid);
        waitForVaadin();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return !arguments[0].loading;",
                d.findElement(grid))));
        waitForVaadin();
    }

    protected void waitForVaadin() {
        wait.until(vaadinIdle());
    }

    static ExpectedCondition<Boolean> vaadinIdle() {
        return d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
    }

    /**
     * Follows a download link as the browser would, with the browser's session cookie (headless Chromium's downloads
     * folder is not needed to prove the file is served to this user).
     */
    protected HttpResponse<byte[]> downloadInSession(String href) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/").resolve(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + href + " answered " + response.statusCode());
            }
            return response;
        }
    }
}
