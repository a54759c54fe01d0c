package vn.petitionboard.e2e;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The public holidays at /admin/holidays: a year's days, the add form and what a date would touch. */
final class HolidaysPage extends ShellPage {

    private static final By IMPACT = By.id("holiday-impact");

    HolidaysPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("holiday-add"));
        waitForVaadin();
    }

    static HolidaysPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/holidays");
        return new HolidaysPage(driver, baseUrl);
    }

    /** Picks the date of a new holiday; the page then says which open deadlines fall on it. */
    HolidaysPage pickDate(LocalDate date) {
        typeDate("holiday-date", date);
        wait.until(d -> !d.findElement(IMPACT).getText().isBlank());
        return this;
    }

    String impact() {
        return driver.findElement(IMPACT).getText();
    }

    List<String> impactLines() {
        return all(By.cssSelector("#holiday-impact-list li")).stream().map(WebElement::getText).toList();
    }

    HolidaysPage add(String name) {
        typeInto("holiday-name", name);
        driver.findElement(By.id("holiday-add")).click();
        waitForVaadin();
        return this;
    }

    /** The texts of the year's grid once the date is listed in it. */
    List<String> cellTexts(LocalDate listed) {
        By cells = By.cssSelector("#holidays-grid vaadin-grid-cell-content");
        String day = listed.format(DAY);
        wait.until(d -> d.findElements(cells).stream().anyMatch(c -> c.getText().startsWith(day)));
        return all(cells).stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }
}
