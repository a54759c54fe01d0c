package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The Front's queue of answered petitions at /review: one grid row per petition, with accept and return. */
final class ReviewPage extends ShellPage {

    private static final By GRID = By.id("review-grid");

    ReviewPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitForGridRows(GRID);
    }

    static ReviewPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/review");
        return new ReviewPage(driver, baseUrl);
    }

    /** The codes in the queue, as their links read, top to bottom. */
    List<String> codes() {
        return all(By.cssSelector("#review-grid vaadin-grid-cell-content a")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim)
                .filter(t -> t.startsWith("KN-")).toList();
    }

    /** The rows as a phone shows them (one cell each: code, title, answer, department, verdicts), top to bottom. */
    List<WebElement> compactRows() {
        return wait.until(d -> {
            List<WebElement> rows = all(By.cssSelector("#review-grid .compact-row")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return rows.isEmpty() ? null : rows;
        });
    }

    /** Whether the queue shows the petition (the grid may keep a departed row's buttons, hidden, in its DOM). */
    boolean lists(String code) {
        return all(By.id("accept-" + code)).stream().anyMatch(WebElement::isDisplayed);
    }

    TransitionDialog<ReviewPage> returnAnswer(String code) {
        waitVisible(By.id("return-" + code)).click();
        return new TransitionDialog<>(driver, baseUrl, "RETURN", () -> afterStep(code));
    }

    TransitionDialog<ReviewPage> accept(String code) {
        waitVisible(By.id("accept-" + code)).click();
        return new TransitionDialog<>(driver, baseUrl, "ACCEPT", () -> afterStep(code));
    }

    /** After a verdict the queue refreshes and the petition leaves it. */
    private ReviewPage afterStep(String code) {
        wait.until(d -> !lists(code));
        return new ReviewPage(driver, baseUrl);
    }
}
