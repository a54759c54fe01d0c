package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The administrator's departments (/admin/departments) or domains (/admin/domains): a grid of names with rename and
 * in-use buttons whose ids end in the row's id, and a name dialog for adding and renaming.
 */
final class ReferenceListPage extends ShellPage {

    private static final By NOTICES = By.cssSelector("vaadin-notification#admin-notification");

    private final String kind;

    /** kind: "department" or "domain". */
    ReferenceListPage(ChromeDriver driver, String baseUrl, String kind) {
        super(driver, baseUrl);
        this.kind = kind;
        waitVisible(By.id(kind + "s-grid"));
        waitForVaadin();
    }

    static ReferenceListPage open(ChromeDriver driver, String baseUrl, String kind) {
        driver.get(baseUrl + "/admin/" + kind + "s");
        return new ReferenceListPage(driver, baseUrl, kind);
    }

    /** The names in the grid's cells, once the grid has rows. */
    List<String> cellTexts() {
        By cells = By.cssSelector("#" + kind + "s-grid vaadin-grid-cell-content");
        wait.until(d -> d.findElements(cells).stream().anyMatch(c -> !c.getText().isBlank()));
        return all(cells).stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    ReferenceListPage add(String name) {
        driver.findElement(By.id(kind + "-add")).click();
        return fillNameDialog(name);
    }

    ReferenceListPage rename(long id, String name) {
        visibleButton(kind + "-rename-" + id).click();
        return fillNameDialog(name);
    }

    /** Takes the row out of use; the notification the server answered with. */
    String deactivate(long id) {
        int before = all(NOTICES).size();
        visibleButton(kind + "-deactivate-" + id).click();
        waitForVaadin();
        wait.until(d -> all(NOTICES).size() > before);
        return all(NOTICES).getLast().getDomProperty("text");
    }

    private ReferenceListPage fillNameDialog(String name) {
        waitVisible(By.id("name-field"));
        typeInto("name-field", name);
        driver.findElement(By.id("name-save")).click();
        wait.until(d -> d.findElements(By.id("name-dialog")).isEmpty());
        waitForVaadin();
        return new ReferenceListPage(driver, baseUrl, kind);
    }

    private WebElement visibleButton(String id) {
        return wait.until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }
}
