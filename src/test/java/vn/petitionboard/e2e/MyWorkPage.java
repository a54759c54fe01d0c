package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** An officer's own list at /my-work: their department's open petitions, overdue first. */
final class MyWorkPage extends ShellPage {

    private static final By GRID = By.id("my-work-grid");

    MyWorkPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitForGridRows(GRID);
    }

    /** The codes listed, as their links read, top to bottom. */
    List<String> codes() {
        return all(By.cssSelector("#my-work-grid vaadin-grid-cell-content a")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim)
                .filter(t -> t.startsWith("KN-")).toList();
    }
}
