package vn.petitionboard.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The conference report at /reports: conference and date pickers, the preview tables and two download links. */
final class ReportPage extends ShellPage {

    private static final By HEADING = By.id("report-heading");
    private static final By CODES = By.cssSelector("#report-rows .report-code");
    private static final By STATES = By.cssSelector("#report-rows .state-badge[data-state]");
    private static final By AS_OF_INPUT = By.cssSelector("#report-as-of input");
    private static final By DOCX = By.id("report-docx");

    ReportPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(HEADING);
        wait.until(d -> !d.findElements(CODES).isEmpty());
    }

    static ReportPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/reports");
        return new ReportPage(driver, baseUrl);
    }

    String heading() {
        return driver.findElement(HEADING).getText();
    }

    /** The petition codes of the preview table, top to bottom. */
    List<String> rowCodes() {
        return all(CODES).stream().map(e -> e.getDomAttribute("data-code")).toList();
    }

    /** Code → state shown in the preview. */
    Map<String, String> rowStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (WebElement badge : all(STATES)) {
            states.put(badge.getDomAttribute("data-code"), badge.getDomAttribute("data-state"));
        }
        return states;
    }

    /** Types a dd/MM/yyyy date into "Tính đến ngày" and waits until the heading names it. */
    ReportPage asOf(String date) {
        WebElement input = driver.findElement(AS_OF_INPUT);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        wait.until(d -> d.findElement(HEADING).getText().contains(date));
        waitForVaadin();
        return this;
    }

    /** The .docx as the browser downloads it. */
    Download downloadDocx() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = downloadInSession(driver.findElement(DOCX).getDomAttribute("href"));
        return new Download(response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /** Whether the link asks the browser to save the file rather than open it. */
    boolean docxIsADownload() {
        return driver.findElement(DOCX).getDomAttribute("download") != null;
    }

    record Download(String contentDisposition, byte[] bytes) {
    }
}
