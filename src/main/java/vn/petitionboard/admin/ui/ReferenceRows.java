package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableRunnable;
import vn.petitionboard.base.ui.PhoneGrid;

/** The parts the departments and domains lists share: status badge, rename and in-use buttons, the phone row. */
final class ReferenceRows {

    private ReferenceRows() {
    }

    static <T> void statusColumn(Grid<T> grid, SerializablePredicate<T> active) {
        grid.addComponentColumn(row -> status(grid, active.test(row)))
                .setHeader(grid.getTranslation("admin.common.status")).setAutoWidth(true).setFlexGrow(0);
    }

    static Span status(Component source, boolean active) {
        Span badge = new Span(source.getTranslation(active ? "admin.common.active" : "admin.common.inactive"));
        badge.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        return badge;
    }

    static Button renameButton(Component source, String name, String id, SerializableRunnable open) {
        Button rename = new Button(source.getTranslation("admin.common.rename"), VaadinIcon.EDIT.create(),
                e -> open.run());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        rename.setId(id);
        rename.setAriaLabel(source.getTranslation("admin.common.renameOf", name));
        return rename;
    }

    static Button activeButton(Component source, String name, boolean active, String id, SerializableRunnable run) {
        Button toggle = new Button(source.getTranslation(active ? "admin.common.deactivate" : "admin.common.reactivate"),
                e -> run.run());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (active) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setId(id);
        toggle.setAriaLabel(source.getTranslation(active ? "admin.common.deactivateOf" : "admin.common.reactivateOf",
                name));
        return toggle;
    }

    /** A phone's row: the name, then status and actions below it. */
    static <T> void compactOnPhone(Grid<T> grid, SerializableFunction<T, String> name, SerializablePredicate<T> active,
            SerializableFunction<T, Div> actions) {
        PhoneGrid.compactOnPhone(grid, grid.addComponentColumn(row -> {
            Span title = new Span(name.apply(row));
            title.addClassName("compact-title");
            Div below = new Div(status(grid, active.test(row)), actions.apply(row));
            below.addClassName("row-actions");
            Div compact = new Div(title, below);
            compact.addClassName("compact-row");
            return compact;
        }));
    }
}
