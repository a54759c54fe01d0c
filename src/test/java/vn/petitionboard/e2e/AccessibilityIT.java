package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.petitionboard.IntegrationTest;

/**
 * axe-core on every main page, at a desk's 1440 px and a phone's 390 px, on the demo data: any serious or critical
 * violation fails the test, listed page by page with the elements that break the rule.
 */
@IntegrationTest
class AccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    record Stop(String user, String name, String path) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop(null, "login", "/login"),
            new Stop("chutich", "board", "/board"),
            new Stop("chutich", "board-by-domain", "/board/by-domain"),
            new Stop("chutich", "list", "/petitions"),
            new Stop("chutich", "petition", "/petitions/4"),
            new Stop("chutich", "dashboard", "/dashboard"),
            new Stop("chutich", "report", "/reports"),
            new Stop("chutich", "conferences", "/conferences"),
            new Stop("vanthu", "import", "/conferences/import?conference=2"),
            new Stop("diachinh", "my-work", "/my-work"),
            new Stop("diachinh", "board-by-domain-officer", "/board/by-domain"),
            new Stop("mattran", "review", "/review"));

    @Test
    void noPageHasASeriousOrCriticalViolationAtADeskOrOnAPhone() {
        assertThat(Axe.version()).as("axe-core from its Maven artifact").isNotBlank();
        SoftAssertions softly = new SoftAssertions();
        String signedIn = null;
        for (Stop stop : STOPS) {
            if (stop.user() != null && !stop.user().equals(signedIn)) {
                Browser.forgetSession(driver);
                driver.manage().window().setSize(new Dimension(1440, 1000));
                LoginPage.open(driver, baseUrl()).loginAs(stop.user(), PASSWORD);
                signedIn = stop.user();
            }
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
                driver.get(baseUrl() + stop.path());
                settle();
                softly.assertThat(Axe.seriousViolations(driver)).as("%s at %d px", stop.name(), width).isEmpty();
            }
        }
        softly.assertAll();
    }

    /** Until Vaadin has no request in flight (twice: a phone's layout is a second round trip), fonts and grids in. */
    private void settle() {
        for (int i = 0; i < 2; i++) {
            new WebDriverWait(driver, Browser.WAIT, Browser.POLL).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!window.Vaadin && !!window.Vaadin.Flow"
                            + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())"
                            + " && document.readyState === 'complete' && document.fonts.status === 'loaded'"
                            + " && !document.querySelector('vaadin-grid[loading]')")));
            driver.executeAsyncScript(
                    "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        }
    }
}
