package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The clerk's capture screen at /conferences/ID/capture: one form per petition while delegates speak; each saved
 * petition is listed below the form, newest first, with its code.
 */
final class CapturePage extends ShellPage {

    private static final By RECENT = By.cssSelector("#capture-recent .recent-item[data-code]");
    private static final By DUPLICATES = By.cssSelector("#capture-duplicates .duplicate-item[data-code]");

    CapturePage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("capture-form"));
        waitVisible(By.id("capture-conference"));
        waitForVaadin();
    }

    /** The conference's title in the header (read from the DOM: the header scrolls away as the form grows). */
    String conferenceTitle() {
        return driver.findElement(By.id("capture-conference")).getDomProperty("textContent").trim();
    }

    /** "dd/MM/yyyy · kind · đã ghi nhận N kiến nghị", under the title. */
    String conferenceFacts() {
        return driver.findElement(By.id("capture-conference-facts")).getDomProperty("textContent").trim();
    }

    /** Chooses the domain from the combo box's list, after typing the start of its name. */
    CapturePage domain(String name) {
        chooseInComboBox("capture-domain", name);
        return this;
    }

    /** A delegate not yet on record: the typed name becomes a new delegate when the field is left. */
    CapturePage newDelegate(String fullName, String residentialGroup) {
        WebElement input = driver.findElement(By.cssSelector("#capture-delegate input"));
        input.click();
        input.sendKeys(fullName);
        waitForVaadin();
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        typeInto("capture-group", residentialGroup);
        return this;
    }

    CapturePage title(String title) {
        typeInto("capture-title", title);
        return this;
    }

    CapturePage content(String content) {
        typeInto("capture-content", content);
        return this;
    }

    CapturePage withinAuthority(boolean within) {
        setChecked("capture-within-authority", within);
        return this;
    }

    /** Ticks "answered on the spot", then types the answer and picks the leader who gave it. */
    CapturePage answeredOnTheSpot(String answer, String leader) {
        setChecked("capture-on-the-spot", true);
        waitVisible(By.id("capture-answer"));
        typeInto("capture-answer", answer);
        chooseInSelect("capture-speaker", leader);
        return this;
    }

    /** Saves with the button and waits until the petition is listed below the form; returns its code. */
    String save() {
        int before = all(RECENT).size();
        scrollAndClick(driver.findElement(By.id("capture-save")));
        return savedAfter(before);
    }

    /** Saves the way a clerk in a hurry does, with Enter in the content field. */
    String saveWithEnter() {
        int before = all(RECENT).size();
        driver.findElement(By.cssSelector("#capture-content textarea")).sendKeys(Keys.ENTER);
        return savedAfter(before);
    }

    private String savedAfter(int before) {
        waitForVaadin();
        wait.until(d -> d.findElements(RECENT).size() == before + 1);
        return driver.findElements(RECENT).getFirst().getDomAttribute("data-code");
    }

    /** Reloads the page in the browser, as a clerk pressing F5 would. */
    CapturePage reload() {
        driver.navigate().refresh();
        return new CapturePage(driver, baseUrl);
    }

    /** The conference's petitions listed below the form, newest first, as their text reads. */
    List<String> recent() {
        return all(RECENT).stream().map(WebElement::getText).toList();
    }

    /** The codes of the petitions suggested as likely duplicates, once some are suggested. */
    List<String> duplicateCodes() {
        wait.until(d -> !d.findElements(DUPLICATES).isEmpty());
        return all(DUPLICATES).stream().map(e -> e.getDomAttribute("data-code")).toList();
    }

    /** A suggestion as it reads (code, title, state, domain and requesters, button). */
    String duplicate(String code) {
        return driver.findElement(duplicateItem(code)).getText();
    }

    boolean duplicatesShown() {
        return !all(By.cssSelector("#capture-duplicates-section")).stream().filter(WebElement::isDisplayed).toList()
                .isEmpty();
    }

    /** The address the suggestion's code links to, and where it opens. */
    String duplicateLink(String code) {
        WebElement link = driver.findElement(duplicateItem(code)).findElement(By.cssSelector("a"));
        return link.getDomAttribute("href") + " " + link.getDomAttribute("target");
    }

    /**
     * Adds the delegates being typed to the suggested petition from the keyboard (focus on its button, Enter) and
     * returns the notification's text.
     */
    String attachWithKeyboard(String code) {
        WebElement button = driver.findElement(duplicateItem(code)).findElement(By.cssSelector("vaadin-button"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", button);
        wait.until(d -> button.equals(driver.switchTo().activeElement()));
        button.sendKeys(Keys.ENTER);
        waitForVaadin();
        return waitPresent(By.cssSelector("vaadin-notification#capture-attached")).getDomProperty("text");
    }

    /** Screenshots at 1440 and 390 px with the suggestions scrolled into the middle of the screen. */
    void duplicatesScreenshots(String name) {
        for (int width : new int[] {1440, 390}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width == 390 ? 844 : 1000));
            waitForVaadin();
            driver.executeScript("document.getElementById('capture-duplicates-section')"
                    + ".scrollIntoView({block: 'center'});");
            screenshot(name + "-" + width);
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        waitForVaadin();
    }

    /** The title as the field holds it now. */
    String typedTitle() {
        return driver.findElement(By.cssSelector("#capture-title input")).getDomProperty("value");
    }

    private static By duplicateItem(String code) {
        return By.cssSelector("#capture-duplicates .duplicate-item[data-code='" + code + "']");
    }

    private void setChecked(String id, boolean checked) {
        WebElement box = driver.findElement(By.id(id));
        if ((box.getDomAttribute("checked") != null) != checked) {
            scrollAndClick(box.findElement(By.cssSelector("input")));
            wait.until(d -> (box.getDomAttribute("checked") != null) == checked);
            waitForVaadin();
        }
    }
}
