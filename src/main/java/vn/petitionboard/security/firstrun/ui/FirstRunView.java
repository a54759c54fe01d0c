package vn.petitionboard.security.firstrun.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.HomeView;
import vn.petitionboard.security.account.PasswordPolicy;
import vn.petitionboard.security.firstrun.FirstRunForm;
import vn.petitionboard.security.firstrun.FirstRunResult;
import vn.petitionboard.security.firstrun.FirstRunService;
import vn.petitionboard.security.ui.LoginView;

/**
 * The page a fresh installation without accounts opens on: the installer types the set-up code from the server's log,
 * names the ward (and the district and city above it), and chooses the first administrator's password. Once any
 * account exists the page is gone: every visit goes to the login page (or the start page, when signed in). The service decides all of it.
 */
@Route(value = FirstRunView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class FirstRunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "setup";

    private final FirstRunService firstRun;
    private final FieldErrors errors = FieldErrors.judgedByService(this);
    private final TextField code = new TextField(getTranslation("firstRun.field.code"));
    private final TextField city = new TextField(getTranslation("firstRun.field.city"));
    private final TextField district = new TextField(getTranslation("firstRun.field.district"));
    private final TextField ward = new TextField(getTranslation("firstRun.field.ward"));
    private final TextField adminName = new TextField(getTranslation("firstRun.field.adminName"));
    private final PasswordField password = new PasswordField(getTranslation("firstRun.field.password"));
    private final PasswordField confirmation = new PasswordField(getTranslation("firstRun.field.confirmation"));

    public FirstRunView(FirstRunService firstRun) {
        this.firstRun = firstRun;
        addClassName("login-view");
        addClassName("first-run-view");
        H1 title = new H1(getTranslation("firstRun.title"));
        Paragraph why = new Paragraph(getTranslation("firstRun.why"));
        why.addClassName("login-description");

        setUp(code, "first-run-code", FirstRunForm.SETUP_CODE, true);
        code.setHelperText(getTranslation("firstRun.field.code.helper"));
        code.getElement().setAttribute("autocomplete", "off");
        setUp(city, "first-run-city", FirstRunForm.CITY, false);
        city.setPlaceholder(getTranslation("firstRun.field.city.placeholder"));
        setUp(district, "first-run-district", FirstRunForm.DISTRICT, false);
        district.setPlaceholder(getTranslation("firstRun.field.district.placeholder"));
        setUp(ward, "first-run-ward", FirstRunForm.WARD, true);
        ward.setPlaceholder(getTranslation("firstRun.field.ward.placeholder"));
        setUp(adminName, "first-run-admin-name", FirstRunForm.ADMIN_NAME, false);
        setUp(password, "first-run-password", FirstRunForm.PASSWORD, true);
        password.setHelperText(getTranslation("firstRun.field.password.helper", FirstRunService.ADMIN_USERNAME,
                PasswordPolicy.MIN));
        password.getElement().setAttribute("autocomplete", "new-password");
        setUp(confirmation, "first-run-confirmation", FirstRunForm.CONFIRMATION, true);
        confirmation.getElement().setAttribute("autocomplete", "new-password");

        Button save = new Button(getTranslation("firstRun.save"), e -> save());
        save.setId("first-run-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);

        Div card = new Div(code, section("firstRun.section.unit"), city, district, ward,
                section("firstRun.section.admin"), adminName, password, confirmation, save);
        card.addClassName("new-password-card");
        add(title, why, card);
        code.focus();
    }

    private <F extends TextFieldBase<F, String>> void setUp(F field, String id, String key, boolean required) {
        field.setId(id);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(required);
        errors.bind(key, field);
    }

    private H2 section(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassName("first-run-section");
        return heading;
    }

    private void save() {
        errors.clear();
        FirstRunResult result = firstRun.complete(new FirstRunForm(code.getValue(), city.getValue(),
                district.getValue(), ward.getValue(), adminName.getValue(), password.getValue(),
                confirmation.getValue()));
        switch (result) {
            case FirstRunResult.Done done -> getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                    QueryParameters.of("setup", "")));
            case FirstRunResult.AlreadyDone already -> getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            case FirstRunResult.Invalid invalid -> {
                errors.show(invalid.errors());
                errors.focusFirstInvalid();
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstRun.pending()) {
            // Set up already: a signed-in user goes on to their start page, anybody else to the login page.
            VaadinRequest request = VaadinRequest.getCurrent();
            boolean signedIn = request != null && request.getUserPrincipal() != null;
            event.forwardTo(signedIn ? HomeView.class : LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firstRun.title") + " · " + getTranslation("app.title");
    }
}
