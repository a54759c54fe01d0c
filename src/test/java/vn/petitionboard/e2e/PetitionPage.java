package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The read-only details of one petition at /petitions/ID, with its history timeline. */
final class PetitionPage extends ShellPage {

    PetitionPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("petition-code"));
        waitVisible(By.id("petition-history"));
    }

    String code() {
        return driver.findElement(By.id("petition-code")).getText();
    }

    String title() {
        return driver.findElement(By.id("petition-title")).getText();
    }

    String state() {
        return driver.findElement(By.id("petition-state")).getText();
    }

    /** The history's event types (data-event), oldest first as the timeline lists them. */
    List<String> historyEvents() {
        return driver.findElements(By.cssSelector("#petition-history .timeline-item[data-event]")).stream()
                .map(item -> item.getDomAttribute("data-event"))
                .toList();
    }
}
