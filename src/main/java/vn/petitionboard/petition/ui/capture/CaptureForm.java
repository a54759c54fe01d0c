package vn.petitionboard.petition.ui.capture;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.LikelyDuplicate;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionIntakeService;

/**
 * One petition as the clerk types it: domain, who raised it, what it asks, and the answer when a leader gave one on
 * the spot. Enter saves; after a save the form is empty again but for the domain, which usually stays the same for a
 * while. Open petitions the typed text may repeat are suggested under it, to add the delegate to instead.
 */
final class CaptureForm extends Div implements DuplicateSuggestions.Form {

    /** How long typing in the title pauses before the suggestions are looked up again. */
    private static final int SUGGEST_AFTER_MS = 400;

    /** A petition just recorded, with what the form knew of it before it was cleared. */
    record Saved(PetitionId id, String code, String typedTitle, boolean answered) {
    }

    private final PetitionIntakeService intake;
    private final Supplier<ConferenceId> conference;
    private final Consumer<Saved> onSaved;
    private final FieldErrors errors = FieldErrors.judgedByService(this);

    private final ComboBox<DomainOption> domain = new ComboBox<>(getTranslation("capture.field.domain"));
    private final RequesterRows requesters;
    private final TextField title = LimitedText.field(getTranslation("capture.field.title"),
            PetitionIntakeService.TITLE_MAX);
    private final TextArea content = LimitedText.area(getTranslation("capture.field.content"),
            PetitionIntakeService.CONTENT_MAX);
    private final Checkbox withinAuthority = new Checkbox(getTranslation("capture.field.withinAuthority"), true);
    private final Checkbox onTheSpot = new Checkbox(getTranslation("capture.field.onTheSpot"), false);
    private final TextArea answer = LimitedText.area(getTranslation("capture.field.answer"),
            PetitionIntakeService.CONTENT_MAX);
    private final Select<String> speaker = new Select<>();
    private final Div answerBox = new Div(answer, speaker);
    private final DuplicateSuggestions duplicates;

    CaptureForm(PetitionIntakeService intake, ConferenceService conferences, List<DomainOption> domains,
            Supplier<ConferenceId> conference, Consumer<Saved> onSaved) {
        this.intake = intake;
        this.conference = conference;
        this.onSaved = onSaved;
        this.requesters = new RequesterRows(conferences);
        this.duplicates = new DuplicateSuggestions(intake, this);

        domain.setId("capture-domain");
        domain.setItems(CaptureForm::domainMatches, domains);
        domain.setItemLabelGenerator(DomainOption::name);
        domain.setRequiredIndicatorVisible(true);
        domain.setPlaceholder(getTranslation("capture.field.domain.placeholder"));

        Section requesterSection = section(getTranslation("capture.section.requester"), requesters,
                requesters.chips());
        Section petitionSection = section(getTranslation("capture.section.petition"), petitionFields());
        Section answerSection = section(getTranslation("capture.section.answer"), answerFields());

        Button save = new Button(getTranslation("capture.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("capture-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span keys = new Span(getTranslation("capture.save.keys"));
        keys.addClassName("capture-keys");
        Div actions = new Div(save, keys);
        actions.addClassName("capture-actions");

        add(domain, requesterSection, petitionSection, duplicates, answerSection, actions, duplicates.status());
        addClassName("capture-form");
        setId("capture-form");

        bindErrors();
        // Enter saves from any text input of the form; not from buttons, check boxes or selects, whose own Enter
        // means "press" or "choose". Shift+Enter does not match (unlisted modifiers must be up), so the text areas
        // keep it as a line break. Listening on the delegate's wrapper rather than the combo box lets an open
        // suggestion list keep Enter for choosing (the combo box stops it there). Resetting focus commits the value
        // of the field being typed in before the save runs.
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER)
                .listenOn(requesters.delegateRow(), title, content, answer)
                .resetFocusOnActiveElement();
    }

    private Div petitionFields() {
        title.setId("capture-title");
        title.setPlaceholder(getTranslation("capture.field.title.placeholder"));
        content.setId("capture-content");
        content.setRequiredIndicatorVisible(true);
        content.setPlaceholder(getTranslation("capture.field.content.placeholder"));
        withinAuthority.setId("capture-within-authority");
        // The counter under the title follows at the same pause: one round trip per pause, not per key.
        title.setValueChangeMode(ValueChangeMode.TIMEOUT);
        title.setValueChangeTimeout(SUGGEST_AFTER_MS);
        title.addValueChangeListener(e -> suggestDuplicates());
        content.addBlurListener(e -> suggestDuplicates());
        Div fields = new Div(title, content, withinAuthority);
        fields.addClassName("capture-petition");
        return fields;
    }

    private Div answerFields() {
        onTheSpot.setId("capture-on-the-spot");
        answer.setId("capture-answer");
        answer.setRequiredIndicatorVisible(true);
        speaker.setId("capture-speaker");
        speaker.setLabel(getTranslation("capture.field.speaker"));
        speaker.setRequiredIndicatorVisible(true);
        speaker.setPlaceholder(getTranslation("capture.field.speaker.placeholder"));
        speaker.setItems(intake.leaders());
        answerBox.addClassName("capture-answer");
        answerBox.setVisible(false);
        onTheSpot.addValueChangeListener(e -> {
            answerBox.setVisible(e.getValue());
            if (e.getValue() && e.isFromClient()) {
                answer.focus();
            }
        });
        return new Div(onTheSpot, answerBox);
    }

    private void bindErrors() {
        // Keys as PetitionIntakeService reports them, in the order of the fields on screen.
        errors.bind("domain", domain);
        requesters.bindErrors(errors);
        errors.bind("title", title);
        errors.bind("content", content);
        errors.bind("answer", answer);
        errors.bind("speakerName", speaker);
    }

    private void save() {
        ConferenceId conferenceId = conference.get();
        if (conferenceId == null) {
            return;
        }
        errors.clear();
        boolean answered = onTheSpot.getValue();
        IntakeCommands.Capture command = new IntakeCommands.Capture(conferenceId,
                domain.getValue() == null ? null : domain.getValue().id(),
                title.getValue(), content.getValue(), withinAuthority.getValue(), requesters.requesters(), answered,
                answered ? answer.getValue() : null, answered ? speaker.getValue() : null);
        CommandResult result = intake.capture(command);
        if (result instanceof CommandResult.Created created) {
            saved(created.id(), created.code());
        } else {
            showProblem(result);
        }
    }

    private void suggestDuplicates() {
        duplicates.refresh(title.getValue(), content.getValue());
    }

    @Override
    public List<IntakeCommands.Requester> requesters() {
        return requesters.requesters();
    }

    @Override
    public void attached(String code) {
        Notification notification = Notification.show(getTranslation("capture.duplicate.attached", code), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("capture-attached");
        clear();
        requesters.focus();
    }

    @Override
    public void notAttached(LikelyDuplicate petition, CommandResult result) {
        errors.clear();
        switch (result) {
            case CommandResult.Refused refused when refused.messageKey().equals("intake.refused.notEditable") ->
                    error(getTranslation("capture.duplicate.notEditable", petition.code()));
            case CommandResult.Conflict conflict -> error(getTranslation("capture.duplicate.stale", petition.code()));
            default -> showProblem(result);
        }
        // What was refused may have changed since it was suggested (assigned, another delegate added).
        suggestDuplicates();
    }

    /** Why a capture or an attach wrote nothing: at the fields, or in a notification. */
    private void showProblem(CommandResult result) {
        switch (result) {
            case CommandResult.Invalid invalid -> {
                List<String> elsewhere = errors.show(invalid.errors());
                errors.focusFirstInvalid();
                if (!elsewhere.isEmpty()) {
                    error(String.join(" ", elsewhere));
                }
            }
            case CommandResult.Refused refused ->
                    error(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            case CommandResult.Conflict conflict -> error(getTranslation("workflow.conflict"));
            // Not a problem, and never passed here; say so plainly rather than pretend anything was saved.
            case CommandResult.Done done -> error(getTranslation("capture.failed"));
            case CommandResult.Created created -> error(getTranslation("capture.failed"));
        }
    }

    private void saved(PetitionId id, String code) {
        Notification.show(getTranslation("capture.saved", code), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onSaved.accept(new Saved(id, code, CleanText.of(title.getValue()), onTheSpot.getValue()));
        clear();
        requesters.focus();
    }

    /** Ready for the next speaker: everything but the domain. */
    private void clear() {
        requesters.clear();
        title.clear();
        content.clear();
        withinAuthority.setValue(true);
        onTheSpot.setValue(false);
        answer.clear();
        speaker.clear();
        errors.clear();
        duplicates.clear();
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A titled part of the capture screen. */
    private static Section section(String heading, Component... body) {
        Section section = new Section(new H2(heading));
        section.add(body);
        section.addClassName("capture-section");
        return section;
    }

    /** "dat" finds "Đất đai", as clerks often type without tones when in a hurry. */
    private static boolean domainMatches(DomainOption option, String filter) {
        return fold(option.name()).contains(fold(filter));
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
