package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The administrator's audit log at /admin/audit: filters above a lazy grid. */
final class AuditLogPage extends ShellPage {

    private static final By GRID = By.id("audit-grid");

    AuditLogPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(GRID);
        waitForVaadin();
    }

    static AuditLogPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/audit");
        return new AuditLogPage(driver, baseUrl);
    }

    /** Narrows to one action, chosen by its Vietnamese name in the combo box. */
    AuditLogPage filterByAction(String label) {
        WebElement input = driver.findElement(By.cssSelector("#audit-action input"));
        input.click();
        input.sendKeys(label);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        return this;
    }

    AuditLogPage filterByText(String text) {
        typeInto("audit-text", text);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid#audit-grid[loading]")).isEmpty());
        waitForVaadin();
        return this;
    }

    /** The texts of the visible body cells, row after row. */
    List<String> cellTexts() {
        waitForVaadin();
        return driver.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** The grid's own text when no row matches. */
    String emptyText() {
        return wait.until(d -> d.findElements(By.cssSelector("#audit-grid > [slot='empty-state']")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    }
}
