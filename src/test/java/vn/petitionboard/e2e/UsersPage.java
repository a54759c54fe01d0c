package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The administrator's user list at /admin/users, their start page. */
final class UsersPage extends ShellPage {

    private static final By GRID = By.id("users-grid");
    private static final By CELLS = By.cssSelector("#users-grid vaadin-grid-cell-content");

    UsersPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(GRID);
    }

    /**
     * The texts of the grid's cells, headers included, once the grid has rendered rows (a loaded grid has more
     * non-empty cells than its header row). Only the headers if no row arrives in time.
     */
    List<String> cellTexts() {
        int headers = driver.findElements(By.cssSelector("#users-grid > vaadin-grid-column")).size();
        try {
            wait.until(d -> texts().size() > headers);
        } catch (TimeoutException noRows) {
            // Let the caller's assertion show what the grid holds.
        }
        return texts();
    }

    UserDialogPage addUser() {
        driver.findElement(By.id("user-add")).click();
        return new UserDialogPage(driver, baseUrl);
    }

    UserDialogPage edit(String username) {
        WebElement edit = wait.until(d -> d.findElements(By.id("user-edit-" + username)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        edit.click();
        return new UserDialogPage(driver, baseUrl);
    }

    private List<String> texts() {
        return driver.findElements(CELLS).stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }
}
