package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Vaadin's pre-compiled bundle runs under the app's Content-Security-Policy (nonce scripts, no inline handlers): on
 * every kind of page a user opens, with its dialogs and charts, Chromium reports no refused script, style, image,
 * font or connection. A CSP that broke the bundle would leave a blank page with only these console messages to say
 * why.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private final List<String> refusals = new ArrayList<>();

    private void collectRefusals() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                refusals.add(driver.getCurrentUrl() + ": " + message);
            }
        }
    }

    @Test
    void no_page_has_anything_refused_by_the_policy() {
        LoginPage login = LoginPage.open(driver, baseUrl());
        collectRefusals();
        login.loginAs("chutich", "demo@2020");
        collectRefusals();

        DashboardPage.open(driver, baseUrl(), "");
        collectRefusals();
        PetitionListPage.open(driver, baseUrl(), "");
        collectRefusals();
        ReportPage.open(driver, baseUrl());
        collectRefusals();
        ConferencesPage.open(driver, baseUrl());
        collectRefusals();
        PetitionPage petition = PetitionPage.open(driver, baseUrl(), 13);
        collectRefusals();
        petition.act("ASSIGN").cancel();
        collectRefusals();
        BoardPage board = BoardPage.open(driver, baseUrl(), "MT");
        assertThat(List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "ESCALATED").stream()
                .mapToInt(state -> board.columnCodes(state).size()).sum()).as("the board drew its cards").isPositive();
        collectRefusals();

        assertThat(refusals).isEmpty();
    }
}
