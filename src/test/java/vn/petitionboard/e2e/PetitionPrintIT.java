package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.petitionboard.IntegrationTest;

/**
 * A petition on paper: the "In" button asks the browser to print, and the print style sheet leaves out the menus,
 * buttons and links and adds the paper-only heading. Checked with Chromium's print media emulation, and printed to
 * a PDF (target/screenshots/petition-print.pdf) for people to look at.
 */
@IntegrationTest
class PetitionPrintIT extends BrowserTest {

    @Test
    void theChairmanPrintsAPetitionWithoutTheAppAroundIt() throws Exception {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", "demo@2020");
        PetitionPage petition = PetitionPage.open(driver, baseUrl(), 10);

        driver.executeScript("window.print = () => { window.printAsked = true; };");
        driver.findElement(By.id("petition-print")).click();
        new WebDriverWait(driver, Browser.WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript("return window.printAsked === true;")));

        assertThat(driver.findElement(By.id("print-heading")).isDisplayed()).as("not on screen").isFalse();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.id("print-heading")).getText())
                    .contains("PHƯỜNG THƯỢNG THANH", "PHIẾU THEO DÕI KIẾN NGHỊ", "Hoàng Văn Lực");
            assertThat(driver.findElement(By.id("petition-content")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("petition-history")).isDisplayed()).isTrue();
            for (String hidden : new String[] {"drawer-toggle", "petition-actions", "petition-print", "skip-link"}) {
                assertThat(driver.findElements(By.id(hidden))).as(hidden)
                        .allSatisfy(e -> assertThat(e.isDisplayed()).as(hidden + " on paper").isFalse());
            }
            assertThat(driver.findElement(By.cssSelector("a.back-link")).isDisplayed()).isFalse();
            Number contentLeft = (Number) driver.executeScript(
                    "return document.querySelector('.petition-details').getBoundingClientRect().left;");
            assertThat(contentLeft.doubleValue()).as("no room kept for the menu").isLessThan(40);
            petition.screenshot("petition-print-media");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        Path file = Path.of("target", "screenshots", "petition-print.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1)
                .as("the whole petition flows over pages, not the window's height cut at one").isGreaterThan(1);
    }
}
