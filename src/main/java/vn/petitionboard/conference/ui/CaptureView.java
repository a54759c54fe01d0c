package vn.petitionboard.conference.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.conference.DelegateOption;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.ui.PetitionDetailsView;
import vn.petitionboard.security.Permissions;

/**
 * The clerk types petitions here while delegates speak: one short form, Enter saves (Shift+Enter is a new line in
 * the content), and the form is ready for the next speaker at once, keeping the chosen domain. What was saved is
 * listed below the form, newest first, each linked to its petition.
 */
@Route("conferences/:id/capture")
@RolesAllowed(Permissions.CLERK)
public class CaptureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "id";

    private final ConferenceService conferences;
    private final PetitionIntakeService intake;
    private final PetitionQueryService petitions;
    private final FormErrors errors = new FormErrors(this);

    private final H1 conferenceTitle = new H1();
    private final Span conferenceFacts = new Span();
    private final ComboBox<DomainOption> domain = new ComboBox<>(getTranslation("capture.field.domain"));
    private final ComboBox<DelegateOption> delegate = new ComboBox<>(getTranslation("capture.field.delegate"));
    private final TextField organisation = new TextField(getTranslation("capture.field.organisation"));
    private final TextField group = new TextField(getTranslation("capture.field.group"));
    private final TextField phone = new TextField(getTranslation("capture.field.phone"));
    private final Div delegateRow = new Div();
    private final Div chips = new Div();
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
    private final Div recent = new Div();
    private final Span recentEmpty = new Span(getTranslation("capture.recent.empty"));

    /** Delegates added with "Thêm người kiến nghị", before the one being typed. */
    private final List<PendingRequester> pending = new ArrayList<>();
    /** Organisation and group show an existing delegate's record: read-only, and cleared when they pick another. */
    private boolean detailsFromRecord;
    private ConferenceSummary conference;
    private int captured;

    public CaptureView(ConferenceService conferences, PetitionIntakeService intake, PetitionQueryService petitions,
            OrganisationService organisation) {
        this.conferences = conferences;
        this.intake = intake;
        this.petitions = petitions;
        addClassName("capture-view");

        RouterLink back = new RouterLink(ConferencesView.class);
        back.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("capture.back")));
        back.addClassName("back-link");
        Span overline = new Span(getTranslation("capture.title"));
        overline.addClassName("capture-overline");
        conferenceTitle.setId("capture-conference");
        conferenceFacts.addClassName("capture-facts");
        conferenceFacts.setId("capture-conference-facts");
        Div header = new Div(overline, conferenceTitle, conferenceFacts);
        header.addClassName("capture-header");

        add(back, header, form(organisation.activeDomains()), recentSection());
    }

    private Div form(List<DomainOption> domains) {
        domain.setId("capture-domain");
        domain.setItems(CaptureView::domainMatches, domains);
        domain.setItemLabelGenerator(DomainOption::name);
        domain.setRequiredIndicatorVisible(true);
        domain.setPlaceholder(getTranslation("capture.field.domain.placeholder"));

        Section requesterSection = section("capture.section.requester", requesterFields(), chips);
        Section petitionSection = section("capture.section.petition", petitionFields());
        Section answerSection = section("capture.section.answer", answerFields());

        Button save = new Button(getTranslation("capture.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("capture-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span keys = new Span(getTranslation("capture.save.keys"));
        keys.addClassName("capture-keys");
        Div actions = new Div(save, keys);
        actions.addClassName("capture-actions");

        Div form = new Div(domain, requesterSection, petitionSection, answerSection, actions);
        form.addClassName("capture-form");
        form.setId("capture-form");

        bindErrors();
        // Enter saves from any text input of the form; not from buttons, check boxes or selects, whose own Enter
        // means "press" or "choose". Shift+Enter does not match (unlisted modifiers must be up), so the text areas
        // keep it as a line break. Listening on the delegate's wrapper rather than the combo box lets an open
        // suggestion list keep Enter for choosing (the combo box stops it there). Resetting focus commits the value
        // of the field being typed in before the save runs.
        Shortcuts.addShortcutListener(form, this::save, Key.ENTER)
                .listenOn(delegateRow, title, content, answer)
                .resetFocusOnActiveElement();
        return form;
    }

    private Div requesterFields() {
        delegate.setId("capture-delegate");
        delegate.setRequiredIndicatorVisible(true);
        delegate.setPlaceholder(getTranslation("capture.field.delegate.placeholder"));
        delegate.setAllowCustomValue(true);
        delegate.setItemLabelGenerator(DelegateOption::fullName);
        delegate.setRenderer(LitRenderer.<DelegateOption>of("""
                <div class="delegate-option"><span class="delegate-option-name">${item.name}</span>\
                <span class="delegate-option-details">${item.details}</span></div>""")
                .withProperty("name", DelegateOption::fullName)
                .withProperty("details", CaptureView::delegateDetails));
        // Lazy: the unit's delegates whose name contains what was typed, a page at a time.
        delegate.setItems(query -> conferences.findDelegates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        delegate.addCustomValueSetListener(e -> {
            String name = CleanText.of(e.getDetail());
            delegate.setValue(name == null ? null : new DelegateOption(null, name, null, null));
        });
        delegate.addValueChangeListener(e -> delegateChosen(e.getValue()));

        organisation.setId("capture-organisation");
        organisation.setMaxLength(PetitionIntakeService.ORGANISATION_MAX);
        group.setId("capture-group");
        group.setMaxLength(PetitionIntakeService.GROUP_MAX);
        group.setPlaceholder(getTranslation("capture.field.group.placeholder"));
        phone.setId("capture-phone");
        phone.setMaxLength(PetitionIntakeService.PHONE_MAX);
        phone.setAllowedCharPattern("[0-9 +().\\-]");

        delegateRow.add(delegate, organisation, group, phone);
        delegateRow.addClassName("capture-delegate-row");

        Button addRequester = new Button(getTranslation("capture.addRequester"), VaadinIcon.PLUS.create(),
                e -> addRequester());
        addRequester.setId("capture-add-requester");
        addRequester.addThemeVariants(ButtonVariant.LUMO_SMALL);

        chips.setId("capture-requesters");
        chips.addClassName("requester-chips");
        chips.getElement().setAttribute("role", "list");
        chips.getElement().setAttribute("aria-label", getTranslation("capture.requesters"));

        Div wrapper = new Div(delegateRow, addRequester);
        wrapper.addClassName("capture-requester");
        return wrapper;
    }

    private Div petitionFields() {
        title.setId("capture-title");
        title.setPlaceholder(getTranslation("capture.field.title.placeholder"));
        content.setId("capture-content");
        content.setRequiredIndicatorVisible(true);
        content.setPlaceholder(getTranslation("capture.field.content.placeholder"));
        withinAuthority.setId("capture-within-authority");
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

    private Section recentSection() {
        recent.setId("capture-recent");
        recent.addClassName("capture-recent");
        recent.getElement().setAttribute("role", "list");
        recentEmpty.addClassName("muted");
        Section section = section("capture.recent", recentEmpty, recent);
        section.addClassName("capture-recent-section");
        return section;
    }

    private void bindErrors() {
        // Keys as PetitionIntakeService reports them, in the order of the fields on screen.
        errors.bind("domain", domain);
        errors.bind("delegateName", delegate);
        errors.alias("requesters", "delegateName");
        errors.bind("organisation", organisation);
        errors.bind("residentialGroup", group);
        errors.bind("phone", phone);
        errors.bind("title", title);
        errors.bind("content", content);
        errors.bind("answer", answer);
        errors.bind("speakerName", speaker);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ConferenceSummary> found = event.getRouteParameters().get(ID_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(id -> new ConferenceId(Long.parseLong(id)))
                .flatMap(conferences::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "conference.notFound");
            return;
        }
        conference = found.get();
        captured = conference.petitionCount();
        conferenceTitle.setText(conference.title());
        updateFacts();
    }

    private void updateFacts() {
        conferenceFacts.setText(getTranslation("capture.conference.facts", Formats.date(conference.heldOn()),
                getTranslation(conference.kind().labelKey()), captured));
    }

    private void delegateChosen(DelegateOption chosen) {
        boolean existing = chosen != null && chosen.id() != null;
        if (existing) {
            organisation.setValue(nullToEmpty(chosen.organisation()));
            group.setValue(nullToEmpty(chosen.residentialGroup()));
            phone.clear();
        } else if (detailsFromRecord) {
            organisation.clear();
            group.clear();
        }
        detailsFromRecord = existing;
        // An existing delegate is linked as recorded; the service ignores details typed for them.
        organisation.setReadOnly(existing);
        group.setReadOnly(existing);
        phone.setReadOnly(existing);
        delegate.setHelperText(chosen == null ? null
                : getTranslation(existing ? "capture.field.delegate.existing" : "capture.field.delegate.new"));
    }

    /** Moves the delegate being typed to the list, so that a second or third one can be typed. */
    private void addRequester() {
        DelegateOption chosen = delegate.getValue();
        if (chosen == null) {
            delegate.setErrorMessage(getTranslation("capture.addRequester.nameFirst"));
            delegate.setInvalid(true);
            delegate.focus();
            return;
        }
        PendingRequester requester = new PendingRequester(chosen, organisation.getValue(), group.getValue(),
                phone.getValue());
        boolean duplicate = chosen.id() != null && pending.stream().anyMatch(p -> chosen.id().equals(p.chosen().id()));
        if (duplicate) {
            delegate.setErrorMessage(getTranslation("intake.refused.alreadyRequester"));
            delegate.setInvalid(true);
            delegate.focus();
            return;
        }
        pending.add(requester);
        renderChips();
        clearRequesterFields();
        delegate.focus();
    }

    private void renderChips() {
        chips.removeAll();
        for (PendingRequester requester : pending) {
            Span name = new Span(requester.label());
            name.addClassName("requester-chip-name");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                pending.remove(requester);
                renderChips();
                delegate.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("capture.requester.remove", requester.chosen().fullName()));
            remove.setTooltipText(getTranslation("capture.requester.remove", requester.chosen().fullName()));
            remove.addClassName("requester-chip-remove");
            Span chip = new Span(name, remove);
            chip.addClassName("requester-chip");
            chip.getElement().setAttribute("role", "listitem");
            chips.add(chip);
        }
    }

    private void save() {
        if (conference == null) {
            return;
        }
        errors.clear();
        boolean answered = onTheSpot.getValue();
        IntakeCommands.Capture command = new IntakeCommands.Capture(conference.id(),
                domain.getValue() == null ? null : domain.getValue().id(),
                title.getValue(), content.getValue(), withinAuthority.getValue(), requesters(), answered,
                answered ? answer.getValue() : null, answered ? speaker.getValue() : null);
        CommandResult result = intake.capture(command);
        switch (result) {
            case CommandResult.Created created -> saved(created.id(), created.code());
            case CommandResult.Invalid invalid -> {
                List<String> elsewhere = errors.show(invalid.errors());
                if (!elsewhere.isEmpty()) {
                    error(String.join(" ", elsewhere));
                }
            }
            case CommandResult.Refused refused ->
                    error(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            // Neither happens for a new petition; say so plainly rather than pretend it was saved.
            case CommandResult.Conflict conflict -> error(getTranslation("workflow.conflict"));
            case CommandResult.Done done -> error(getTranslation("capture.failed"));
        }
    }

    /**
     * Everyone in the list, then the one being typed. Details typed without a name are sent too, so the service asks
     * for the name instead of the details being dropped silently.
     */
    private List<Requester> requesters() {
        List<Requester> all = new ArrayList<>(pending.stream().map(PendingRequester::toRequester).toList());
        DelegateOption chosen = delegate.getValue();
        if (chosen != null) {
            all.add(new PendingRequester(chosen, organisation.getValue(), group.getValue(), phone.getValue())
                    .toRequester());
        } else if (!organisation.isEmpty() || !group.isEmpty() || !phone.isEmpty()) {
            all.add(Requester.newDelegate(null, organisation.getValue(), group.getValue(), phone.getValue()));
        }
        return all;
    }

    private void saved(PetitionId id, String code) {
        Notification.show(getTranslation("capture.saved", code), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Optional<PetitionDetails> details = petitions.findDetails(id);
        String savedTitle = details.map(PetitionDetails::title).orElseGet(() -> CleanText.of(title.getValue()));
        String who = details.map(d -> d.requesters().stream().map(PetitionDetails.Requester::fullName)
                .collect(Collectors.joining(", "))).orElse("");
        recent.addComponentAsFirst(recentItem(id, code, savedTitle, who, onTheSpot.getValue()));
        recentEmpty.setVisible(false);
        captured++;
        updateFacts();
        clearForm();
        delegate.focus();
    }

    private Div recentItem(PetitionId id, String code, String savedTitle, String who, boolean answered) {
        Span codeText = new Span(code);
        codeText.addClassName("recent-code");
        Span titleText = new Span(savedTitle == null ? "" : savedTitle);
        titleText.addClassName("recent-title");
        RouterLink link = new RouterLink(PetitionDetailsView.class,
                new RouteParameters("id", Long.toString(id.value())));
        link.add(codeText, titleText);
        link.addClassName("recent-link");
        Div item = new Div(link);
        item.addClassName("recent-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-code", code);
        if (!who.isBlank()) {
            Span whoText = new Span(who);
            whoText.addClassName("recent-who");
            item.add(whoText);
        }
        if (answered) {
            Span tag = new Span(getTranslation("capture.recent.answered"));
            tag.addClassNames("state-badge", "state-answered");
            item.add(tag);
        }
        return item;
    }

    /** Ready for the next speaker: everything but the domain, which usually stays the same for a while. */
    private void clearForm() {
        pending.clear();
        renderChips();
        clearRequesterFields();
        title.clear();
        content.clear();
        withinAuthority.setValue(true);
        onTheSpot.setValue(false);
        answer.clear();
        speaker.clear();
        errors.clear();
    }

    private void clearRequesterFields() {
        delegate.clear();
        organisation.clear();
        group.clear();
        phone.clear();
        delegate.setInvalid(false);
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... body) {
        H2 heading = new H2(getTranslation(titleKey));
        Section section = new Section(heading);
        section.add(body);
        section.addClassName("capture-section");
        return section;
    }

    private static String delegateDetails(DelegateOption option) {
        return java.util.stream.Stream.of(option.organisation(), option.residentialGroup())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        String name = conference == null ? "" : " · " + conference.title();
        return getTranslation("capture.title") + name + " · " + getTranslation("app.title");
    }

    /** A delegate in the list: an existing record, or a new person with what was typed about them. */
    private record PendingRequester(DelegateOption chosen, String organisation, String group, String phone) {

        Requester toRequester() {
            return chosen.id() != null ? Requester.existing(chosen.id())
                    : Requester.newDelegate(chosen.fullName(), organisation, group, phone);
        }

        String label() {
            String details = chosen.id() != null ? delegateDetails(chosen)
                    : java.util.stream.Stream.of(organisation, group).filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(" · "));
            return details.isEmpty() ? chosen.fullName() : chosen.fullName() + " · " + details;
        }
    }
}
