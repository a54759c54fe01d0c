package vn.petitionboard.e2e;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The petition list at /petitions: a search box, filters, the total and a grid whose first column links the code. */
final class PetitionListPage extends ShellPage {

    private static final By GRID = By.id("petition-grid");
    private static final By TOTAL = By.id("petition-list-total");
    private static final By SEARCH_INPUT = By.cssSelector("#petition-search input");
    private static final By CODES = By.cssSelector("#petition-grid a.petition-code");

    PetitionListPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(GRID);
        wait.until(d -> !d.findElement(TOTAL).getText().isBlank());
        waitForVaadin();
    }

    /** Opens the list directly, with a query string ("q=…&state=…") when one is given. */
    static PetitionListPage open(ChromeDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/petitions" + (query == null ? "" : "?" + query));
        return new PetitionListPage(driver, baseUrl);
    }

    /** Types into the search box as a person does, and waits until the list has been searched for it. */
    PetitionListPage searchFor(String text) {
        String before = total();
        WebElement input = driver.findElement(SEARCH_INPUT);
        input.clear();
        input.sendKeys(text);
        wait.until(d -> queryParameter("q").map(text::equals).orElse(false));
        waitForVaadin();
        wait.until(d -> !total().equals(before) || codes().size() <= 1);
        return new PetitionListPage(driver, baseUrl);
    }

    /** The codes in the grid's visible rows, top to bottom. */
    List<String> codes() {
        return all(CODES).stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim)
                .toList();
    }

    /** Follows a petition's code link in the grid to its page (inside the app: no page load). */
    PetitionPage openPetition(String code) {
        all(CODES).stream().filter(a -> a.getText().trim().equals(code)).findFirst().orElseThrow().click();
        return new PetitionPage(driver, baseUrl);
    }

    String total() {
        return driver.findElement(TOTAL).getText().trim();
    }

    String searchText() {
        return driver.findElement(SEARCH_INPUT).getDomProperty("value");
    }

    /** A parameter of the address bar's query string, decoded. */
    Optional<String> queryParameter(String name) {
        String query = URI.create(driver.getCurrentUrl()).getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name) && pair.length == 2)
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }
}
