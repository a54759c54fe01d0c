package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.UnitAdminService;
import vn.petitionboard.admin.UnitLevel;
import vn.petitionboard.admin.ReferenceName;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.security.Permissions;

/** The names of the ward and of the district and city above it, as reports and the menu show them. */
@Route("admin/unit")
@Menu(order = 105, icon = "vaadin:building", title = "nav.admin.unit")
@RolesAllowed(Permissions.ADMIN)
public class UnitView extends Main implements HasDynamicTitle {

    private final UnitAdminService units;
    private final FieldErrors errors = FieldErrors.judgedByService(this);
    private final FormLayout form = new FormLayout();
    private final Map<UnitLevel, TextField> fields = new LinkedHashMap<>();

    public UnitView(UnitAdminService units) {
        this.units = units;
        addClassName("reference-view");
        Div heading = new Div(new H1(getTranslation("admin.unit.title")));
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(getTranslation("admin.unit.hint"));
        hint.addClassName("view-hint");
        form.setId("unit-form");
        form.setMaxWidth("40rem");
        Button save = new Button(getTranslation("admin.common.save"), e -> save());
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, hint, form, save);
        load();
    }

    private void load() {
        form.removeAll();
        fields.clear();
        for (UnitLevel level : units.levels()) {
            TextField name = new TextField(getTranslation("admin.unit.kind." + level.kind()));
            name.setId("unit-name-" + level.kind().toLowerCase(java.util.Locale.ROOT));
            name.setValue(level.name());
            name.setMaxLength(ReferenceName.MAX);
            name.setRequiredIndicatorVisible(true);
            errors.bind(level.kind(), name);
            fields.put(level, name);
            form.add(name);
        }
    }

    private void save() {
        errors.clear();
        List<UnitAdminService.Rename> renames = fields.entrySet().stream()
                .map(e -> new UnitAdminService.Rename(e.getKey().id(), e.getKey().version(), e.getValue().getValue()))
                .toList();
        AdminResult result = units.rename(renames);
        if (result instanceof AdminResult.Invalid invalid) {
            errors.show(invalid.errors());
            errors.focusFirstInvalid();
            return;
        }
        AdminNotices.show(this, result, this::load);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.unit.title");
    }
}
