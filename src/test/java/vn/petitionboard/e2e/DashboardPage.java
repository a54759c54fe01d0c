package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The leaders' dashboard at /dashboard: filters, figures (#figure-*), server-drawn SVG charts and their tables. */
final class DashboardPage extends ShellPage {

    /** The charts of "everything still open" (the default) and of one year. */
    static final List<String> STILL_OPEN_CHARTS = List.of("domain", "age", "department");
    static final List<String> YEAR_CHARTS = List.of("domain", "month", "department");

    DashboardPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("figure-open"));
        waitVisible(By.id("year-select"));
    }

    /** Opens the dashboard directly, with a query string such as {@code "?year=2019"} (or "" for none). */
    static DashboardPage open(ChromeDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/dashboard" + query);
        return new DashboardPage(driver, baseUrl);
    }

    /** The value of a headline figure: open, overdue, awaiting, resolved, rate, median. */
    String figure(String id) {
        return driver.findElement(By.id("figure-" + id)).getText().trim();
    }

    boolean hasFigure(String id) {
        return !driver.findElements(By.id("figure-" + id)).isEmpty();
    }

    /** The small line under a figure, e.g. the counts a rate comes from. */
    String figureDetail(String id) {
        return driver.findElement(By.id("figure-" + id)).findElement(By.xpath(".."))
                .findElement(By.className("figure-detail")).getText().trim();
    }

    /** The number of {@code <svg>} elements drawn inside the chart's container (0 when the chart is absent). */
    int svgCount(String chart) {
        return driver.findElements(By.cssSelector("#chart-" + chart + " > svg")).size();
    }

    /** The rectangles and paths the chart's SVG draws: more than an empty frame when there is data. */
    int svgShapes(String chart) {
        return driver.findElements(By.cssSelector("#chart-" + chart + " svg rect, #chart-" + chart + " svg path"))
                .size();
    }

    String selected(String selectId) {
        return driver.findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button")).getText().trim();
    }

    /** Opens a filter, clicks the item with that label, and waits for the figures to be redrawn. */
    DashboardPage choose(String selectId, String visibleName) {
        WebElement select = driver.findElement(By.id(selectId));
        WebElement before = driver.findElement(By.id("figure-open"));
        driver.findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button")).click();
        wait.until(d -> select.getDomAttribute("opened") != null);
        WebElement item = wait.until(d -> d.findElements(
                        By.cssSelector("#" + selectId + " vaadin-select-list-box vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(i -> i.getText().trim().equals(visibleName))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> select.getDomAttribute("opened") == null);
        waitUntilGone(before);
        waitForVaadin();
        return new DashboardPage(driver, baseUrl);
    }

    /** Opens the "Xem dạng bảng" toggle under a chart and returns the table's cells, row by row. */
    List<List<String>> openTable(String chart) {
        WebElement details = driver.findElement(By.id("table-toggle-" + chart));
        details.findElement(By.cssSelector("vaadin-details-summary")).click();
        wait.until(d -> details.getDomAttribute("opened") != null);
        WebElement table = waitVisible(By.id("table-" + chart));
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList())
                .toList();
    }

    String note() {
        return driver.findElement(By.id("dashboard-note")).getText();
    }
}
