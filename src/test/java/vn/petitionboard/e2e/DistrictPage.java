package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The district's overview at /district: a table of its wards and one of its domains, each figure a link
 * ({@code #wards-ward-<id>-overdue}, {@code #wards-district-open}, {@code #domains-domain-<id>-rate}).
 */
final class DistrictPage extends ShellPage {

    DistrictPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("year-select"));
        waitVisible(By.id("district-note"));
        waitForVaadin();
    }

    static DistrictPage open(ChromeDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/district" + query);
        return new DistrictPage(driver, baseUrl);
    }

    String heading() {
        return driver.findElement(By.cssSelector(".district-view h1")).getText().trim();
    }

    /** The text of a figure: {@code figure("wards", "ward-12", "open")}. */
    String figure(String table, String row, String figure) {
        return driver.findElement(By.id(table + "-" + row + "-" + figure)).getText().trim();
    }

    /** Whether the figure is a link to its list (a zero is plain text). */
    boolean isLink(String table, String row, String figure) {
        return "a".equals(driver.findElement(By.id(table + "-" + row + "-" + figure)).getTagName());
    }

    /** The first cell of each body row of a table: the wards' or domains' names, in order. */
    List<String> rowNames(String table) {
        return driver.findElements(By.cssSelector("#table-" + table + " tbody th")).stream()
                .map(c -> c.getText().trim()).toList();
    }

    /** Clicks a figure and waits for the list behind it. */
    DistrictListPage open(String table, String row, String figure) {
        WebElement link = driver.findElement(By.id(table + "-" + row + "-" + figure));
        scrollAndClick(link);
        wait.until(ExpectedConditions.urlContains("/district/petitions"));
        return new DistrictListPage(driver, baseUrl);
    }

    /** The list of the district's wards' petitions behind a figure, read-only. */
    static final class DistrictListPage extends ShellPage {

        private static final By GRID = By.id("oversight-grid");

        DistrictListPage(ChromeDriver driver, String baseUrl) {
            super(driver, baseUrl);
            waitForGridRows(GRID);
            wait.until(d -> !d.findElement(By.id("district-list-total")).getText().isBlank());
        }

        String total() {
            return driver.findElement(By.id("district-list-total")).getText().trim();
        }

        /** The petition codes of the rows shown, as their cells say them. */
        List<String> codes() {
            return driver.findElements(By.cssSelector("#oversight-grid vaadin-grid-cell-content")).stream()
                    .map(c -> c.getText().trim()).filter(t -> t.matches("KN-\\d{4}-\\d{3}")).toList();
        }

        /** The text of every visible cell of the grid, for checks on what the rows say. */
        String gridText() {
            return driver.findElement(GRID).getText();
        }

        String selected(String selectId) {
            return driver.findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button")).getText()
                    .trim();
        }

        /** Any link or button in the grid's rows: the list is read-only, so none. */
        int actionsInRows() {
            return driver.findElements(By.cssSelector("#oversight-grid vaadin-grid-cell-content a, "
                    + "#oversight-grid vaadin-grid-cell-content vaadin-button")).size();
        }
    }
}
