package vn.petitionboard.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The clerk's import screen at /conferences/import: template link, conference, upload, summary, problems, import. */
final class ImportPage extends ShellPage {

    private static final By SUMMARY = By.id("import-summary");
    private static final By RUN = By.id("import-run");
    private static final By PROGRESS = By.id("import-progress");

    ImportPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("import-upload"));
        waitForVaadin();
    }

    static ImportPage open(ChromeDriver driver, String baseUrl, long conference) {
        driver.get(baseUrl + "/conferences/import?conference=" + conference);
        return new ImportPage(driver, baseUrl);
    }

    /** The chosen conference as the combo box shows it. */
    String conference() {
        return driver.findElement(By.cssSelector("#import-conference input")).getDomProperty("value");
    }

    /** The template as the browser downloads it. */
    byte[] downloadTemplate() throws IOException, InterruptedException {
        return downloadInSession(driver.findElement(By.id("import-template")).getDomAttribute("href")).body();
    }

    /** Chooses the file in the upload and waits until the check of this file is shown. */
    ImportPage upload(Path file) {
        WebElement input = driver.findElement(By.id("import-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"));
        driver.executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        wait.until(d -> summary().contains(name) && !progressShown());
        waitForVaadin();
        return this;
    }

    /** Presses the import button and waits until the outcome is shown. */
    ImportPage importAll() {
        scrollAndClick(driver.findElement(RUN));
        wait.until(d -> !progressShown() && !summary().contains(".xlsx"));
        waitForVaadin();
        return this;
    }

    String summary() {
        return driver.findElement(SUMMARY).getText().trim();
    }

    /** Whether the import button is there to press (an invisible component never reaches the browser). */
    boolean canImport() {
        List<WebElement> buttons = driver.findElements(RUN);
        return !buttons.isEmpty() && buttons.getFirst().isDisplayed();
    }

    String importLabel() {
        return driver.findElement(RUN).getText().trim();
    }

    /** The problems grid's body rows as "row | column | reason" (the grid lists few enough to render all). */
    List<String> problems() {
        waitForVaadin();
        List<WebElement> grids = driver.findElements(By.id("import-problems"));
        if (grids.isEmpty() || !grids.getFirst().isDisplayed()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) driver.executeScript("""
                const grid = document.getElementById('import-problems');
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(tr => !tr.hidden && tr.querySelector('slot'));
                return rows.map(tr => [...tr.querySelectorAll('td slot')]
                    .map(s => s.assignedElements()[0]?.textContent.trim() ?? '').join(' | '))
                    .filter(t => t.replaceAll('|', '').trim() !== '');
                """);
        return rows;
    }

    private boolean progressShown() {
        List<WebElement> bars = driver.findElements(PROGRESS);
        return !bars.isEmpty() && bars.getFirst().isDisplayed();
    }
}
