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

/**
 * The page of a kind of named reference rows: heading with the add button, a hint, and a lazy grid of names with
 * their status and rename and in-use buttons (ids "&lt;kind&gt;-rename-&lt;id&gt;", "&lt;kind&gt;-deactivate-&lt;id&gt;").
 * Departments and domains differ only in their service and their words.
 */
final class ReferenceList<T> {

    private final ReferenceKind<T> kind;
    private final Grid<T> grid = new Grid<>();
    ReferenceList(Main view, ReferenceKind<T> kind) {
        this.kind = kind;
        String plural = "admin." + kind.kind() + "s.";
        grid.setId(kind.kind() + "s-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(kind::name).setHeader(view.getTranslation("admin.common.name")).setFlexGrow(1);
        ReferenceRows.statusColumn(grid, kind::active);
        grid.addComponentColumn(this::actions).setHeader(view.getTranslation("admin.common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        ReferenceRows.compactOnPhone(grid, kind::name, kind::active, this::actions);
        grid.setItems(query -> kind.page(query.getOffset(), query.getLimit()).stream(), query -> kind.count());

        Button add = new Button(view.getTranslation(plural + "add"), VaadinIcon.PLUS.create(),
                e -> new NameDialog(view.getTranslation(plural + "add"), "", kind::add, this::reload).open());
        add.setId(kind.kind() + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new H1(view.getTranslation(plural + "title")), add);
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(view.getTranslation(plural + "hint"));
        hint.addClassName("view-hint");
        view.add(heading, hint, grid);
    }

    private Div actions(T row) {
        String name = kind.name(row);
        long id = kind.id(row);
        Button rename = ReferenceRows.renameButton(grid, name, kind.kind() + "-rename-" + id,
                () -> new NameDialog(grid.getTranslation("admin.common.renameOf", name), name,
                        typed -> kind.rename(row, typed), this::reload).open());
        boolean active = kind.active(row);
        Button toggle = ReferenceRows.activeButton(grid, name, active,
                kind.kind() + (active ? "-deactivate-" : "-reactivate-") + id,
                () -> AdminNotices.show(grid, kind.setActive(row, !active), this::reload));
        Div actions = new Div(rename, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }
}
