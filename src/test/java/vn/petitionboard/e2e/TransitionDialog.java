package vn.petitionboard.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dialog of one life-cycle step (a vaadin-dialog with data-transition=STEP), opened from a board drop, a details
 * button or a review-queue button. Confirming returns to the page it was opened from, as the server redrew it.
 *
 * @param <P> the page the dialog was opened on
 */
final class TransitionDialog<P extends AppPage> extends AppPage {

    /** An upload is over when every file in the component has finished, and none failed. */
    private static final String UPLOAD_STATE = """
            const upload = document.getElementById(arguments[0]);
            const files = upload.files || [];
            const failed = files.filter(f => f.error || f.errorKey);
            if (failed.length > 0) { return 'failed: ' + failed.map(f => f.name + ' ' + (f.error || f.errorKey)).join(', '); }
            return files.length === arguments[1] && files.every(f => f.complete) ? 'done' : 'busy';
            """;

    private final String transition;
    private final By dialog;
    private final Supplier<P> returnPage;

    TransitionDialog(ChromeDriver driver, String baseUrl, String transition, Supplier<P> returnPage) {
        super(driver, baseUrl);
        this.transition = transition;
        this.dialog = By.cssSelector("vaadin-dialog[data-transition='" + transition + "'][opened]");
        this.returnPage = returnPage;
        waitVisible(By.id("dialog-confirm"));
        wait.until(d -> !d.findElements(dialog).isEmpty());
        waitForVaadin();
    }

    String transition() {
        return transition;
    }

    /** The header: the step's name and the petition's code. */
    String headerTitle() {
        return driver.findElement(dialog).getDomProperty("headerTitle");
    }

    boolean isOpen() {
        return !all(dialog).isEmpty();
    }

    TransitionDialog<P> type(String fieldId, String text) {
        typeInto(fieldId, text);
        return this;
    }

    TransitionDialog<P> date(String fieldId, LocalDate date) {
        typeDate(fieldId, date);
        return this;
    }

    /** Types a date as raw text (a slip such as 31/02/2026 or 01/01/0001) and commits it with Enter. */
    TransitionDialog<P> dateText(String fieldId, String text) {
        WebElement picker = driver.findElement(By.id(fieldId));
        WebElement input = picker.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        wait.until(d -> picker.getDomAttribute("opened") == null);
        waitForVaadin();
        return this;
    }

    /** Pastes text into a text area at once, as Ctrl+V does: one input event with the whole text. */
    TransitionDialog<P> paste(String fieldId, String text) {
        driver.executeScript("const area = document.getElementById(arguments[0]);"
                + "const input = area.querySelector('textarea, input'); input.focus();"
                + "input.value = arguments[1]; input.dispatchEvent(new Event('input', {bubbles: true}));"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", fieldId, text);
        waitForVaadin();
        return this;
    }

    /** What a text field or text area holds now. */
    String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** Whether the confirm button can be clicked (it disables itself while the server works on a click). */
    boolean confirmEnabled() {
        // vaadin-button is not a form element: WebElement.isEnabled() is true whatever it shows.
        return driver.findElement(By.id("dialog-confirm")).getDomAttribute("disabled") == null;
    }

    /** The date a picker holds now, as its own ISO value, or null when empty. */
    LocalDate dateValue(String fieldId) {
        String value = driver.findElement(By.id(fieldId)).getDomProperty("value");
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    /** The label of the checked option of a radio button group. */
    String checkedOption(String fieldId) {
        return driver.findElement(By.cssSelector("#" + fieldId + " vaadin-radio-button[checked]")).getText().trim();
    }

    /** Checks the option with this label in a radio button group. */
    TransitionDialog<P> choose(String fieldId, String label) {
        driver.findElements(By.cssSelector("#" + fieldId + " vaadin-radio-button")).stream()
                .filter(option -> option.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + fieldId)).click();
        wait.until(d -> checkedOption(fieldId).equals(label));
        return this;
    }

    TransitionDialog<P> select(String fieldId, String label) {
        chooseInSelect(fieldId, label);
        return this;
    }

    /** Chooses a file for a vaadin-upload through its hidden file input, and waits until the upload has finished. */
    TransitionDialog<P> attach(String uploadId, Path file) {
        long before = uploadedCount(uploadId);
        fileInput(uploadId).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> {
            Object state = driver.executeScript(UPLOAD_STATE, uploadId, before + 1);
            if (state instanceof String s && s.startsWith("failed")) {
                throw new IllegalStateException("Upload of " + file.getFileName() + " " + s);
            }
            return "done".equals(state);
        });
        waitForVaadin();
        return this;
    }

    /**
     * Chooses a file the server (or the browser) refuses, and waits until the upload shows it failed, or the
     * browser turned it away before sending it.
     */
    TransitionDialog<P> attachExpectingRefusal(String uploadId, Path file) {
        int problemsBefore = attachmentProblems().size();
        fileInput(uploadId).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> attachmentProblems().size() > problemsBefore);
        waitForVaadin();
        return this;
    }

    /**
     * The upload's hidden file input, emptied first: ChromeDriver adds the files it is sent to those the input
     * already holds, and would send the earlier ones again.
     */
    private WebElement fileInput(String uploadId) {
        WebElement input = driver.findElement(By.id(uploadId)).getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"));
        driver.executeScript("arguments[0].value = '';", input);
        return input;
    }

    /** Presses ✕ on a file of the upload's list, as the user would. */
    TransitionDialog<P> removeFile(String uploadId, String fileName) {
        WebElement remove = (WebElement) driver.executeScript("""
                const deep = (root, found) => {
                    for (const el of root.querySelectorAll('*')) {
                        found.push(el);
                        if (el.shadowRoot) { deep(el.shadowRoot, found); }
                    }
                    return found;
                };
                const item = deep(document.getElementById(arguments[0]), [])
                    .find(el => el.localName === 'vaadin-upload-file' && el.file && el.file.name === arguments[1]);
                if (!item) { return null; }
                return deep(item.shadowRoot || item, []).concat(deep(item, []))
                    .find(el => el.getAttribute('file-event') === 'file-remove'
                        || (el.getAttribute('part') || '').split(' ').includes('remove-button'));
                """, uploadId, fileName);
        if (remove == null) {
            throw new IllegalStateException("No remove button for " + fileName + " in "
                    + driver.executeScript("""
                            const d = (n) => n.outerHTML + (n.shadowRoot ? '#shadow[' + [...n.shadowRoot.children]
                                .map(d).join('') + ']' : '');
                            return [...document.getElementById(arguments[0]).querySelectorAll('*')].map(d).join('\\n');
                            """, uploadId));
        }
        remove.click();
        wait.until(d -> !allFileNames(uploadId).contains(fileName));
        waitForVaadin();
        return this;
    }

    /** Every file in the upload's list, finished or failed. */
    java.util.List<String> allFileNames(String uploadId) {
        @SuppressWarnings("unchecked")
        java.util.List<String> names = (java.util.List<String>) driver.executeScript(
                "return (document.getElementById(arguments[0]).files || []).map(f => f.name);", uploadId);
        return names;
    }

    /** The messages listed under the upload for refused files, in order. */
    java.util.List<String> attachmentProblems() {
        // Read in one script: the list is redrawn whenever a file is refused or skipped.
        @SuppressWarnings("unchecked")
        java.util.List<String> texts = (java.util.List<String>) driver.executeScript("""
                const list = document.getElementById('attachment-problems');
                return list && !list.hidden ? [...list.querySelectorAll('.attachment-problem-text')]
                    .map(t => t.textContent) : [];
                """);
        return texts;
    }

    /** "Bỏ qua tệp này" beside a refused file: save without it. */
    TransitionDialog<P> skipRefusedFile(String fileName) {
        int before = attachmentProblems().size();
        driver.findElement(By.cssSelector("#attachment-problems .attachment-problem[data-file='" + fileName
                + "'] vaadin-button")).click();
        wait.until(d -> attachmentProblems().size() < before);
        waitForVaadin();
        return this;
    }

    /** The names of the files the upload shows as finished. */
    java.util.List<String> uploadedFiles(String uploadId) {
        @SuppressWarnings("unchecked")
        java.util.List<String> names = (java.util.List<String>) driver.executeScript(
                "return (document.getElementById(arguments[0]).files || []).filter(f => f.complete).map(f => f.name);",
                uploadId);
        return names;
    }

    private long uploadedCount(String uploadId) {
        return ((Number) driver.executeScript(
                "return (document.getElementById(arguments[0]).files || []).length;", uploadId)).longValue();
    }

    /** Confirms and expects the step to succeed: the dialog closes and the page beneath is redrawn. */
    P confirm() {
        clickConfirm();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        waitForVaadin();
        return returnPage.get();
    }

    /** Confirms and expects the dialog to stay open with its fields marked. */
    TransitionDialog<P> confirmExpectingProblem() {
        clickConfirm();
        waitVisible(By.id("dialog-problem"));
        return this;
    }

    /** Closes with Cancel: nothing is saved. */
    P cancel() {
        driver.findElement(By.id("dialog-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        waitForVaadin();
        return returnPage.get();
    }

    boolean fieldInvalid(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomAttribute("invalid") != null;
    }

    /** The error message shown under a field (empty when none). */
    String fieldError(String fieldId) {
        WebElement field = driver.findElement(By.id(fieldId));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        return field.findElements(By.cssSelector("[slot='error-message']")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse("");
    }

    /** The dialog's own message line under the fields (conflicts, "fix the marked fields"). */
    String problem() {
        return driver.findElement(By.id("dialog-problem")).getText();
    }

    private void clickConfirm() {
        WebElement confirm = driver.findElement(By.id("dialog-confirm"));
        wait.until(d -> confirm.isEnabled());
        confirm.click();
        waitForVaadin();
    }
}
