package vn.petitionboard.security.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditEntry;
import vn.petitionboard.security.audit.AuditFilter;
import vn.petitionboard.security.audit.AuditLogService;

/**
 * The audit log for the administrator: newest first, a page at a time from the database, narrowed by action, dates
 * and a username. Their unit's entries, and sign-in attempts with usernames no account has (they belong to no unit).
 */
@Route("admin/audit")
@Menu(order = 101, icon = "vaadin:records", title = "nav.admin.audit")
@RolesAllowed(Permissions.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final TextField text = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogView(AuditLogService audit) {
        addClassName("audit-view");
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setPlaceholder(getTranslation("audit.filter.allActions"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setClearButtonVisible(true);
        from = VietnameseDatePicker.create(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to = VietnameseDatePicker.create(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.filter.username"));
        text.setPlaceholder(getTranslation("audit.filter.usernamePlaceholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(AuditFilter.TEXT_MAX);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Div filters = new Div(action, from, to, text);
        filters.addClassName("audit-filters");

        configureGrid();
        grid.setItems(query -> audit.entries(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter()));
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("audit.title")), filters, grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> time(e.occurredAt())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.targetLabel() == null ? "" : e.targetLabel())
                .setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(e -> AuditChangeText.of(e.before(), e.after()))
                .setHeader(getTranslation("audit.column.change")).setFlexGrow(1).setWidth("16rem");
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("audit.column.address")).setAutoWidth(true);
        PhoneGrid.compactOnPhone(grid, grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="compact-row">\
                        <div class="compact-top"><span class="compact-code">${item.action}</span>\
                        <span class="compact-state">${item.time}</span></div>\
                        <span class="compact-title">${item.actor}${item.target}</span>\
                        <span class="compact-meta">${item.change}</span>\
                        <span class="compact-meta">${item.address}</span></div>""")
                .withProperty("action", e -> getTranslation(e.action().labelKey()))
                .withProperty("time", e -> time(e.occurredAt()))
                .withProperty("actor", this::actor)
                .withProperty("target", e -> e.targetLabel() == null ? "" : " → " + e.targetLabel())
                .withProperty("change", e -> AuditChangeText.of(e.before(), e.after()))
                .withProperty("address", e -> e.clientAddress() == null ? "" : e.clientAddress()))
                .setHeader(getTranslation("audit.title")));
        grid.setEmptyStateText(getTranslation("audit.empty"));
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), from.getValue(), to.getValue(), text.getValue());
    }

    private String actor(AuditEntry entry) {
        return entry.actorUsername() == null ? getTranslation("audit.nobody") : entry.actorUsername();
    }

    private static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}
