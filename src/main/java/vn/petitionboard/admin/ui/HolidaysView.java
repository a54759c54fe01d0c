package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.TextStyle;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.Holiday;
import vn.petitionboard.admin.HolidayAdminService;
import vn.petitionboard.admin.HolidayFields;
import vn.petitionboard.admin.ReferenceName;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.security.Permissions;

/**
 * The public holidays of a year, for the administrator: add a day, remove one. Picking a date shows at once which
 * open petitions have their deadline on it, before anything is saved.
 */
@Route("admin/holidays")
@Menu(order = 104, icon = "vaadin:calendar", title = "nav.admin.holidays")
@RolesAllowed(Permissions.ADMIN)
public class HolidaysView extends Main implements HasDynamicTitle {

    private final HolidayAdminService holidays;
    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final DatePicker date = VietnameseDatePicker.create(getTranslation("admin.holidays.date"));
    private final TextField name = new TextField(getTranslation("admin.holidays.name"));
    private final HolidayImpactPanel impact = new HolidayImpactPanel();
    private final FieldErrors errors = FieldErrors.judgedByService(this);

    public HolidaysView(HolidayAdminService holidays) {
        this.holidays = holidays;
        addClassName("reference-view");
        H1 title = new H1(getTranslation("admin.holidays.title"));
        Div heading = new Div(title);
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(getTranslation("admin.holidays.hint"));
        hint.addClassName("view-hint");
        year.setId("holiday-year");
        year.setLabel(getTranslation("admin.holidays.year"));
        year.setItems(holidays.years());
        year.setValue(holidays.thisYear());
        year.addValueChangeListener(e -> showYear());
        grid.setId("holidays-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::day)
                .setHeader(getTranslation("admin.holidays.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::name).setHeader(getTranslation("admin.holidays.name")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("admin.common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.compactOnPhone(grid, grid.addComponentColumn(this::compact));
        empty.setId("holidays-empty");
        add(heading, hint, addForm(), year, grid, empty);
        showYear();
    }

    private Div addForm() {
        date.setId("holiday-date");
        date.addValueChangeListener(e -> impact.show(e.getValue() == null ? null : holidays.impact(e.getValue())));
        name.setId("holiday-name");
        name.setMaxLength(ReferenceName.MAX);
        name.setPlaceholder(getTranslation("admin.holidays.namePlaceholder"));
        errors.bind(HolidayFields.DATE, date);
        errors.bind(HolidayFields.NAME, name);
        Button add = new Button(getTranslation("admin.holidays.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        impact.setId("holiday-impact");
        Div fields = new Div(date, name, add);
        fields.addClassName("holiday-fields");
        Div form = new Div(fields, impact);
        form.addClassName("holiday-form");
        return form;
    }

    private void add() {
        errors.clear();
        AdminResult result = holidays.add(date.getValue(), name.getValue());
        if (result instanceof AdminResult.Invalid invalid) {
            errors.show(invalid.errors());
            errors.focusFirstInvalid();
            return;
        }
        LocalDate added = date.getValue();
        AdminNotices.show(this, result, () -> {
            date.clear();
            name.clear();
            year.setItems(holidays.years());
            year.setValue(added.getYear());
            showYear();
        });
    }

    private Button removeButton(Holiday holiday) {
        Button remove = new Button(getTranslation("admin.holidays.remove"), VaadinIcon.TRASH.create(),
                e -> confirmRemoval(holiday));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("holiday-remove-" + holiday.date());
        remove.setAriaLabel(getTranslation("admin.holidays.removeOf", Formats.date(holiday.date())));
        return remove;
    }

    /** Removing a day also says first which open deadlines fall on it. */
    private void confirmRemoval(Holiday holiday) {
        Dialog dialog = new Dialog();
        dialog.setId("holiday-remove-dialog");
        dialog.setHeaderTitle(getTranslation("admin.holidays.removeTitle", Formats.date(holiday.date())));
        dialog.setMaxWidth("100%");
        dialog.setWidth("36rem");
        HolidayImpactPanel panel = new HolidayImpactPanel();
        panel.show(holidays.impact(holiday.date()));
        dialog.add(new Paragraph(holiday.name()), panel);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("admin.holidays.removeConfirm"), e -> {
            dialog.close();
            AdminNotices.show(this, holidays.remove(holiday.date()), this::showYear);
        });
        confirm.setId("holiday-remove-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void showYear() {
        Integer chosen = year.getValue();
        var list = chosen == null ? java.util.List.<Holiday>of() : holidays.holidays(chosen);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setText(getTranslation("admin.holidays.empty", chosen));
        empty.setVisible(list.isEmpty());
    }

    /** "01/01/2027 (Thứ Sáu)": whether a day falls on a weekend matters to whoever adds a make-up day. */
    private String day(Holiday holiday) {
        return Formats.date(holiday.date()) + " (" + holiday.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                getLocale()) + ")";
    }

    /** A phone's row: the day, its name, the remove button. */
    private Div compact(Holiday holiday) {
        Div day = new Div(day(holiday));
        day.addClassName("compact-title");
        Div name = new Div(holiday.name());
        name.addClassName("compact-meta");
        Div actions = new Div(removeButton(holiday));
        actions.addClassName("row-actions");
        Div row = new Div(day, name, actions);
        row.addClassName("compact-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.holidays.title");
    }
}
