package vn.petitionboard.e2e;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.petitionboard.IntegrationTest;

/**
 * Not part of the normal run (no *IT name): screenshots of every page at a desk's 1440 px and a phone's 390 px, for
 * people to look at after a change to the UI, on the demo data:
 * ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScreenTour
 * Pictures in target/screenshots/tour-&lt;user&gt;-&lt;page&gt;-&lt;width&gt;.png. TOUR_PAGES=dashboard,board (names) takes
 * only those pages.
 */
@IntegrationTest
@Tag("benchmark")
class ScreenTour extends BrowserTest {

    record Stop(String user, String name, String path) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop("chutich", "board", "/board"),
            new Stop("chutich", "board-by-domain", "/board/by-domain"),
            new Stop("chutich", "petition", "/petitions/4"),
            new Stop("chutich", "list", "/petitions"),
            new Stop("chutich", "dashboard", "/dashboard"),
            new Stop("chutich", "dashboard-2020", "/dashboard?year=2020"),
            new Stop("chutich", "report", "/reports"),
            new Stop("chutich", "conferences", "/conferences"),
            new Stop("vanthu", "conferences", "/conferences"),
            new Stop("vanthu", "capture", "/conferences/2/capture"),
            new Stop("vanthu", "import", "/conferences/import?conference=2"),
            new Stop("diachinh", "my-work", "/my-work"),
            new Stop("diachinh", "board-by-domain", "/board/by-domain"),
            new Stop("mattran", "review", "/review"),
            new Stop("quantri", "users", "/admin/users"),
            new Stop("quantri", "audit", "/admin/audit"),
            new Stop("quantri", "departments", "/admin/departments"),
            new Stop("quantri", "domains", "/admin/domains"),
            new Stop("quantri", "holidays", "/admin/holidays"),
            new Stop("quantri", "unit", "/admin/unit"),
            new Stop("quantri", "delegates", "/admin/delegates"));

    @Test
    void every_page_at_desk_and_phone_width() {
        String signedIn = null;
        String only = System.getenv().getOrDefault("TOUR_PAGES", "");
        for (Stop stop : STOPS) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(stop.name())) {
                continue;
            }
            if (!stop.user().equals(signedIn)) {
                Browser.forgetSession(driver);
                driver.manage().window().setSize(new Dimension(1440, 1000));
                LoginPage login = LoginPage.open(driver, baseUrl());
                if (stop.user().equals("quantri")) {
                    login.loginAsAdmin(stop.user(), "demo@2020");
                } else {
                    login.loginAs(stop.user(), "demo@2020");
                }
                signedIn = stop.user();
            }
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
                driver.get(baseUrl() + stop.path());
                waitForVaadin(driver);
                // A phone's layout (list rows instead of grid columns) is one more round trip after the page's.
                driver.executeAsyncScript(
                        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
                waitForVaadin(driver);
                Browser.screenshot(driver, "tour-" + stop.user() + "-" + stop.name() + "-" + width);
            }
        }
    }

    /** Until Vaadin has no request in flight, the fonts are in and no grid is still loading its rows. */
    private static void waitForVaadin(ChromeDriver driver) {
        new WebDriverWait(driver, Browser.WAIT).pollingEvery(Browser.POLL).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())"
                        + " && document.readyState === 'complete' && document.fonts.status === 'loaded'"
                        + " && !document.querySelector('vaadin-grid[loading]')")));
    }
}
