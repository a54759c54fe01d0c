package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A view inside MainLayout: the navigation the user's roles allow, their name, and logout. */
abstract class ShellPage extends AppPage {

    private static final By LOGOUT = By.id("logout");
    private static final By UNIT = By.id("unit-name");
    private static final By BOARD_MENU = By.id("main-nav");
    private static final By ADMIN_MENU = By.id("admin-nav");

    ShellPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        // The layout is built with the view in one server answer: once the unit's name is there, so is the
        // navigation (logout is not: a phone keeps it behind the user's name).
        waitVisible(UNIT);
        waitForVaadin();
    }

    /** The side navigation for petition work, with its "Bảng kiến nghị" entry. */
    boolean hasBoardMenu() {
        return all(BOARD_MENU).stream().anyMatch(nav -> nav.isDisplayed()
                && nav.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .anyMatch(item -> item.getText().contains("Bảng kiến nghị")));
    }

    /** The administrators' section of the side navigation. */
    boolean hasAdminMenu() {
        return all(ADMIN_MENU).stream().anyMatch(nav -> nav.isDisplayed());
    }

    /**
     * The side navigation as the user sees it, in order: one line per entry, "nav-id: label -> path", so that a test
     * can compare the whole menu of a role at once.
     */
    List<String> menu() {
        return all(By.cssSelector("vaadin-side-nav")).stream().filter(WebElement::isDisplayed)
                .flatMap(nav -> nav.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .map(item -> nav.getDomAttribute("id") + ": " + item.getText().trim() + " -> "
                                + item.getDomAttribute("path")))
                .toList();
    }

    /** The heading of the administrators' section of the side navigation. */
    String adminMenuLabel() {
        return driver.findElement(ADMIN_MENU).findElement(By.cssSelector("[slot='label']")).getText().trim();
    }

    String userName() {
        return driver.findElement(By.cssSelector(".user-name")).getText();
    }

    /** What a phone's header shows of the user: the text of the name button beside the unit. */
    String phoneUserName() {
        return driver.findElement(By.id("user-phone")).getText().trim();
    }

    boolean phoneUserShown() {
        return driver.findElement(By.id("user-phone")).isDisplayed();
    }

    /** Taps the phone's name button and answers the full name the card it opens shows. */
    String openUserCard() {
        driver.findElement(By.id("user-phone")).click();
        return waitVisible(By.id("user-card-name")).getText().trim();
    }

    /** Follows the side navigation's "Hội nghị" entry to the conference list. */
    ConferencesPage openConferences() {
        follow("Hội nghị");
        return new ConferencesPage(driver, baseUrl);
    }

    private void follow(String label) {
        all(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(item -> item.getText().trim().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no menu entry " + label))
                .click();
        waitForVaadin();
    }

    /** Opens "Đổi mật khẩu" from the header, or on a phone from the card behind the user's name. */
    PasswordDialog openChangePassword() {
        WebElement desk = driver.findElement(By.id("change-password"));
        if (desk.isDisplayed()) {
            desk.click();
        } else {
            openUserCard();
            waitVisible(By.id("change-password-phone")).click();
        }
        return new PasswordDialog(driver, baseUrl);
    }

    LoginPage logout() {
        if (driver.findElement(LOGOUT).isDisplayed()) {
            driver.findElement(LOGOUT).click();
        } else {
            openUserCard();
            waitVisible(By.id("logout-phone")).click();
        }
        wait.until(ExpectedConditions.urlContains("/login"));
        return new LoginPage(driver, baseUrl);
    }
}
