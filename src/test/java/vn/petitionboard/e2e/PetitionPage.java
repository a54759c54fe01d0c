package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The read-only details of one petition at /petitions/ID, with its history timeline. */
final class PetitionPage extends ShellPage {

    PetitionPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("petition-code"));
        waitVisible(By.id("petition-history"));
    }

    /** Opens a petition's details directly by its id. */
    static PetitionPage open(ChromeDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "/petitions/" + id);
        return new PetitionPage(driver, baseUrl);
    }

    /**
     * Goes to a petition inside the app, as a link in the page would (Vaadin's router, no page load), so that the
     * browser tab keeps its state.
     */
    static PetitionPage openInApp(ChromeDriver driver, String baseUrl, long id) {
        driver.executeScript("const a = document.createElement('a'); a.href = 'petitions/' + arguments[0];"
                + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click(); a.remove();", id);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Browser.WAIT)
                .until(ExpectedConditions.urlToBe(baseUrl + "/petitions/" + id));
        return new PetitionPage(driver, baseUrl);
    }

    /** Follows the link back to the board. */
    BoardPage backToBoard() {
        driver.findElement(By.cssSelector("a.back-link")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl + "/board"));
        return new BoardPage(driver, baseUrl);
    }

    /** The words of the link back to where the user came from. */
    String backLinkText() {
        return driver.findElement(By.cssSelector("a.back-link")).getText().trim();
    }

    /** Follows the link back to the list, waiting for its grid. */
    PetitionListPage backToList() {
        driver.findElement(By.cssSelector("a.back-link")).click();
        wait.until(ExpectedConditions.urlContains("/petitions?"));
        return new PetitionListPage(driver, baseUrl);
    }

    /** The petition's id, from the address. */
    long id() {
        String url = currentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", ""));
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

    /** Waits until the state badge shows the state (the view redraws itself after a step). */
    PetitionPage waitForState(String stateLabel) {
        wait.until(ExpectedConditions.textToBe(By.id("petition-state"), stateLabel));
        return this;
    }

    /** The ids of the step buttons the user has here (action-ASSIGN, …), in their order. */
    List<String> actions() {
        return all(By.cssSelector("#petition-actions vaadin-button[id^='action-']")).stream()
                .filter(WebElement::isDisplayed)
                .map(b -> b.getDomAttribute("id"))
                .toList();
    }

    /** Clicks a step's or an action's button (action-REASSIGN, action-APPROVE_REQUEST, …) and gets its dialog. */
    TransitionDialog<PetitionPage> act(String transition) {
        waitVisible(By.id("action-" + transition)).click();
        return new TransitionDialog<>(driver, baseUrl, transition, () -> new PetitionPage(driver, baseUrl));
    }

    /** The value shown beside a fact's label, e.g. "Hạn xử lý" (as written; the page shows labels in capitals). */
    String fact(String label) {
        return all(By.cssSelector(".facts .fact")).stream()
                .filter(f -> label.equals(f.findElement(By.cssSelector(".fact-label")).getDomProperty("textContent")
                        .trim()))
                .map(f -> f.findElement(By.cssSelector(".fact-value")).getText().trim())
                .findFirst().orElseThrow(() -> new AssertionError("no fact labelled " + label));
    }

    /** The names of the delegates who raised the petition, in order. */
    List<String> requesterNames() {
        return all(By.cssSelector("#petition-requesters .requester-name")).stream().map(WebElement::getText).toList();
    }

    /** The text of a follow-up section (followup-assignment, -progress, -answers, -escalations, -reviews). */
    String section(String id) {
        return all(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The entries of a follow-up section, each as its text. */
    List<String> sectionEntries(String id) {
        return all(By.cssSelector("#" + id + " .followup-entry")).stream().map(WebElement::getText).toList();
    }

    /** The attachment links of the progress section, as the user reads them ("name.pdf (1 KB)"). */
    List<String> attachmentLinks() {
        return all(By.cssSelector("#followup-progress .attachment-link")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** Downloads an attachment through its link's address, in the browser's session, and returns its first bytes. */
    String attachmentStart(int index, int length) {
        WebElement link = all(By.cssSelector("#followup-progress .attachment-link")).get(index);
        Object text = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, { credentials: 'same-origin' })
                    .then(r => r.ok ? r.text() : 'HTTP ' + r.status)
                    .then(t => done(t.substring(0, arguments[1])), e => done('failed: ' + e));
                """, link, length);
        return String.valueOf(text);
    }

    /** Downloads an attachment in the browser's session: "length sha256-hex" of what arrived, or the failure. */
    String attachmentDigest(int index) {
        return download(attachmentHref(index));
    }

    /** The address of an attachment's link, as the browser resolves it. */
    String attachmentHref(int index) {
        return all(By.cssSelector("#followup-progress .attachment-link")).get(index).getDomProperty("href");
    }

    /**
     * Fetches an address in the browser's session, as a click or a pasted link would: "length sha256-hex" of what
     * arrived, "login page" when sent there, or "HTTP status".
     */
    String download(String address) {
        Object text = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                    .then(r => r.redirected && new URL(r.url).pathname.endsWith('/login') ? Promise.reject('login page')
                        : r.redirected && new URL(r.url).pathname.endsWith('/account/new-password')
                        ? Promise.reject('new password page')
                        : r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                    .then(b => crypto.subtle.digest('SHA-256', b).then(d => done(b.byteLength + ' '
                        + [...new Uint8Array(d)].map(x => x.toString(16).padStart(2, '0')).join(''))))
                    .catch(e => done(String(e)));
                """, address);
        return String.valueOf(text);
    }

    /** The status line of each escalation (waiting, or replied with date and reference), and its CSS state. */
    List<String> escalationStatuses() {
        return all(By.cssSelector("#followup-escalations .followup-status")).stream()
                .map(s -> s.getText().trim() + " [" + s.getDomAttribute("class") + "]").toList();
    }

    /** The department's requests to the leaders, newest first, each as its text (what, why, who, the answer). */
    List<String> requests() {
        return sectionEntries("followup-requests");
    }

    /** The history's heading, in the page's language. */
    String historyHeading() {
        // Read in a wait: right after a reload Vaadin may still replace the section, leaving a found node stale.
        return wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector("#petition-history")).findElement(By.xpath("preceding-sibling::h2")).getText().trim());
    }

    /** Clicks the header's language button; the page reloads in the other language. */
    PetitionPage switchLanguage() {
        WebElement button = driver.findElement(By.id("language-switch"));
        button.click();
        waitUntilGone(button);
        // The reloaded page is read only once its history is there and Vaadin has nothing left to apply.
        waitPresent(By.cssSelector("#petition-history .timeline-details"));
        waitForVaadin();
        return new PetitionPage(driver, baseUrl);
    }

    /** Screenshots of the history at the desktop's width and a phone's, each scrolled so that the history is in view. */
    void historyScreenshotsAtBothWidths(String name) {
        for (int width : new int[] {1440, 390}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width == 390 ? 844 : 1000));
            waitForVaadin();
            driver.executeScript("document.getElementById('petition-history').parentElement.scrollIntoView()");
            screenshot(name + "-" + width);
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        waitForVaadin();
    }

    /** The history's details lines, oldest first (the texts the services wrote). */
    List<String> historyDetails() {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> all(
                By.cssSelector("#petition-history .timeline-details")).stream().map(WebElement::getText).toList());
    }

    /** The attachment links of the answers section, as the user reads them ("name.pdf (1 KB)"). */
    List<String> answerAttachmentLinks() {
        return all(By.cssSelector("#followup-answers .attachment-link")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** The history's event types (data-event), oldest first as the timeline lists them. */
    List<String> historyEvents() {
        return driver.findElements(By.cssSelector("#petition-history .timeline-item[data-event]")).stream()
                .map(item -> item.getDomAttribute("data-event"))
                .toList();
    }

    /** Each history line's petition: its own (empty) or the code of a duplicate merged into it, oldest first. */
    List<String> historyOrigins() {
        return driver.findElements(By.cssSelector("#petition-history .timeline-item[data-event]")).stream()
                .map(item -> item.getDomAttribute("data-petition") == null ? ""
                        : item.getDomAttribute("data-petition"))
                .toList();
    }

    /** Opens "Gộp kiến nghị trùng" from the keyboard: focus on the button, Enter. */
    MergeDialogPage merge() {
        WebElement button = waitVisible(By.id("action-MERGE"));
        driver.executeScript("arguments[0].focus();", button);
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        return new MergeDialogPage(driver, baseUrl);
    }

    /** The notice a merged code's page shows ("Kiến nghị KN-… đã gộp vào KN-…"), empty when there is none. */
    String mergedNotice() {
        return all(By.id("petition-merged-notice")).stream().map(WebElement::getText).map(String::trim)
                .findFirst().orElse("");
    }
}
