package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.petitionboard.admin.DelegateAdminService;
import vn.petitionboard.admin.DelegateRecord;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.security.Permissions;

/** The unit's delegates, found by name: correct a name, or merge two records of one person. */
@Route("admin/delegates")
@Menu(order = 106, icon = "vaadin:user-card", title = "nav.admin.delegates")
@RolesAllowed(Permissions.ADMIN)
public class DelegatesView extends Main implements HasDynamicTitle {

    private final DelegateAdminService delegates;
    private final TextField filter = new TextField();
    private final Grid<DelegateRecord> grid = new Grid<>();

    public DelegatesView(DelegateAdminService delegates) {
        this.delegates = delegates;
        addClassName("reference-view");
        Div heading = new Div(new H1(getTranslation("admin.delegates.title")));
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(getTranslation("admin.delegates.hint"));
        hint.addClassName("view-hint");
        filter.setId("delegate-filter");
        filter.setPlaceholder(getTranslation("admin.delegates.filter"));
        filter.setAriaLabel(getTranslation("admin.delegates.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> reload());
        grid.setId("delegates-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DelegateRecord::fullName).setHeader(getTranslation("admin.delegates.name")).setFlexGrow(1);
        grid.addColumn(DelegateRecord::residentialGroup).setHeader(getTranslation("admin.delegates.group"))
                .setAutoWidth(true);
        grid.addColumn(DelegateRecord::petitions).setHeader(getTranslation("admin.delegates.petitions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        PhoneGrid.compactOnPhone(grid, grid.addComponentColumn(this::compact));
        grid.setItems(query -> delegates.delegates(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> delegates.countDelegates(filter.getValue()));
        add(heading, hint, filter, grid);
    }

    private Div actions(DelegateRecord delegate) {
        Button rename = ReferenceRows.renameButton(this, delegate.fullName(), "delegate-rename-" + delegate.id(),
                () -> new NameDialog(getTranslation("admin.common.renameOf", delegate.fullName()),
                        delegate.fullName(), DelegateAdminService.FULL_NAME,
                        name -> delegates.rename(delegate.id(), delegate.version(), name), this::reload).open());
        Button merge = new Button(getTranslation("admin.delegates.merge"), VaadinIcon.COMPRESS.create(),
                e -> new MergeDelegateDialog(delegates, delegate, this::reload).open());
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        merge.setId("delegate-merge-" + delegate.id());
        merge.setAriaLabel(getTranslation("admin.delegates.mergeOf", delegate.fullName()));
        Div actions = new Div(rename, merge);
        actions.addClassName("row-actions");
        return actions;
    }

    private Div compact(DelegateRecord delegate) {
        Div name = new Div(delegate.fullName());
        name.addClassName("compact-title");
        Div details = new Div(Optional.ofNullable(delegate.residentialGroup()).map(g -> g + " · ").orElse("")
                + getTranslation("admin.delegates.petitionCount", delegate.petitions()));
        details.addClassName("compact-meta");
        Div row = new Div(name, details, actions(delegate));
        row.addClassName("compact-row");
        return row;
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.delegates.title");
    }
}
