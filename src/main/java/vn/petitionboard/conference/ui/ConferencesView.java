package vn.petitionboard.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.LitText;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;

/**
 * The unit's conferences, newest first. Everyone who works on petitions reads them (a row opens its details); the
 * clerk also records and corrects conferences and opens the capture screen from here.
 */
@Route("conferences")
@Menu(order = 40, icon = "vaadin:group", title = "nav.conferences")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.FRONT_REVIEWER,
        Permissions.CLERK, Permissions.DEPARTMENT_OFFICER})
public class ConferencesView extends Main implements HasDynamicTitle {

    private final ConferenceService conferences;
    private final Clock clock;
    private final Grid<ConferenceSummary> grid = new Grid<>();
    private final Span total = new Span();

    public ConferencesView(ConferenceService conferences, CurrentUser currentUser, Clock clock) {
        this.conferences = conferences;
        this.clock = clock;
        // Only a convenience: the service refuses anyone else who tries to save.
        boolean clerk = currentUser.require().has(Role.CLERK);
        addClassName("conferences-view");

        H1 heading = new H1(getTranslation("conference.list.title"));
        total.addClassName("conferences-total");
        total.setId("conferences-total");
        Div title = new Div(heading, total);
        title.addClassName("conferences-heading");
        Div toolbar = new Div(title);
        toolbar.addClassName("conferences-toolbar");
        if (clerk) {
            Button add = new Button(getTranslation("conference.add"), VaadinIcon.PLUS.create(),
                    e -> ConferenceDialog.forNew(conferences, latestDate(), this::saved).open());
            add.setId("conference-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // The petition feature's import screen, by route, as the capture screen is.
            Button importFile = new Button(getTranslation("nav.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("conferences/import")));
            importFile.setId("conference-import");
            Div actions = new Div(importFile, add);
            actions.addClassName("conferences-actions");
            toolbar.add(actions);
        }
        add(toolbar);

        grid.setId("conferences-grid");
        grid.addClassName("conferences-grid");
        // Conference titles are long sentences; cut to one line they all start the same.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> Formats.date(c.heldOn())).setHeader(getTranslation("conference.column.heldOn"))
                .setKey("heldOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.kind().labelKey())).setHeader(getTranslation("conference.column.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ConferenceSummary::title).setHeader(getTranslation("conference.column.title"))
                .setKey("title").setFlexGrow(3);
        grid.addColumn(ConferenceSummary::venue).setHeader(getTranslation("conference.column.venue"))
                .setKey("venue").setFlexGrow(2);
        grid.addColumn(ConferenceSummary::delegateCount).setHeader(getTranslation("conference.column.delegates"))
                .setKey("delegates").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ConferenceSummary::petitionCount).setHeader(getTranslation("conference.column.petitions"))
                .setKey("petitions").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        if (clerk) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("conference.column.actions"))
                    .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        PhoneGrid.compactOnPhone(grid, grid.addColumn(compactRow(clerk))
                .setHeader(getTranslation("conference.column.conference")));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation(clerk ? "conference.list.empty.clerk" : "conference.list.empty"));
        grid.setItems(query -> conferences.list(query.getOffset(), query.getLimit()).stream(),
                query -> conferences.count());
        add(grid);
        updateTotal();
    }

    private Component actions(ConferenceSummary c) {
        Button capture = new Button(getTranslation("conference.capture"), VaadinIcon.CLIPBOARD_TEXT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(captureRoute(c.id()))));
        capture.setId("conference-capture-" + c.id());
        capture.addThemeVariants(ButtonVariant.LUMO_SMALL);
        capture.setTooltipText(getTranslation("conference.capture.tooltip", c.title()));

        Button edit = new Button(VaadinIcon.PENCIL.create(),
                e -> ConferenceDialog.forEdit(conferences, c, latestDate(), this::saved).open());
        edit.setId("conference-edit-" + c.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("conference.edit.tooltip", c.title()));
        edit.setTooltipText(getTranslation("conference.edit.tooltip", c.title()));

        Div actions = new Div(capture, edit);
        actions.addClassName("conference-actions");
        return actions;
    }

    /**
     * A conference as a phone shows it: date and kind, title, venue, delegates and petitions, and the clerk's
     * buttons under it. The buttons stop their click here, so that pressing one does not also open the row.
     */
    private LitRenderer<ConferenceSummary> compactRow(boolean clerk) {
        String actions = !clerk ? "" : """
                <div class="row-actions">\
                <vaadin-button theme="small" class="compact-capture" \
                @click="${e => { e.stopPropagation(); capture(); }}">%CAPTURE%</vaadin-button>\
                <vaadin-button theme="small tertiary" class="compact-edit" aria-label="${item.editLabel}" \
                @click="${e => { e.stopPropagation(); edit(); }}">%EDIT%</vaadin-button></div>"""
                .replace("%CAPTURE%", LitText.literal(getTranslation("conference.capture")))
                .replace("%EDIT%", LitText.literal(getTranslation("conference.edit.short")));
        LitRenderer<ConferenceSummary> renderer = LitRenderer.<ConferenceSummary>of("""
                <div class="compact-row">\
                <div class="compact-top"><span class="compact-code">${item.heldOn}</span>\
                <span class="compact-state">${item.kind}</span></div>\
                <span class="compact-title">${item.title}</span>\
                <span class="compact-meta">${item.venue}</span>\
                <span class="compact-meta">${item.counts}</span>%ACTIONS%</div>""".replace("%ACTIONS%", actions))
                .withProperty("heldOn", c -> Formats.date(c.heldOn()))
                .withProperty("kind", c -> getTranslation(c.kind().labelKey()))
                .withProperty("title", ConferenceSummary::title)
                .withProperty("venue", c -> c.venue() == null ? "" : c.venue())
                .withProperty("counts", c -> getTranslation("conference.compact.counts",
                        c.delegateCount() == null ? "–" : c.delegateCount(), c.petitionCount()));
        if (clerk) {
            renderer.withProperty("editLabel", c -> getTranslation("conference.edit.tooltip", c.title()))
                    .withFunction("capture", c -> getUI().ifPresent(ui -> ui.navigate(captureRoute(c.id()))))
                    .withFunction("edit", c -> ConferenceDialog.forEdit(conferences, c, latestDate(), this::saved)
                            .open());
        }
        return renderer;
    }

    /** What the columns leave out, shown when a row is clicked. */
    private Component details(ConferenceSummary c) {
        Div facts = new Div();
        facts.addClassName("conference-details");
        fact(facts, "conference.field.chairs", c.chairs());
        fact(facts, "conference.field.planNumber", c.planNumber());
        fact(facts, "conference.field.legalBasis", c.legalBasis());
        fact(facts, "conference.field.minutesNote", c.minutesNote());
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        boolean empty = value == null || value.isBlank();
        Span text = new Span(empty ? getTranslation("conference.details.none") : value);
        text.addClassName("fact-value");
        if (empty) {
            text.addClassName("muted");
        }
        Div row = new Div(label, text);
        row.addClassName("fact");
        facts.add(row);
    }

    private void saved(ConferenceId id) {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("conference.list.count", conferences.count()));
    }

    /** The petition feature's capture screen, by route: conference depends on no petition class. */
    private static String captureRoute(ConferenceId id) {
        return "conferences/" + id.value() + "/capture";
    }

    /** The service refuses dates more than a year ahead; the picker says so before saving. */
    private LocalDate latestDate() {
        return LocalDate.now(clock).plusYears(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conference.list.title") + " · " + getTranslation("app.title");
    }
}
