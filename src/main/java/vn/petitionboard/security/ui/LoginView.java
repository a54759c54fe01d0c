package vn.petitionboard.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import vn.petitionboard.security.SessionSettings;
import vn.petitionboard.security.firstrun.FirstRunService;
import vn.petitionboard.security.firstrun.ui.FirstRunView;

/** The page anyone may open without signing in (and, on a fresh installation, the first-run page it leads to). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final SessionSettings sessions;
    private final FirstRunService firstRun;

    public LoginView(SessionSettings sessions, FirstRunService firstRun) {
        this.sessions = sessions;
        this.firstRun = firstRun;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(vietnameseI18n("login.error.title", "login.error.message"));

        H1 title = new H1(getTranslation("login.title"));
        Paragraph description = new Paragraph(getTranslation("login.description"));
        description.addClassName("login-description");
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(title, description, notice, form);
    }

    private LoginI18n vietnameseI18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorMessageKey));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A fresh installation has nobody to sign in: it is set up first.
        if (firstRun.pending()) {
            event.forwardTo(FirstRunView.class);
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        // A refused sign-in comes back as /login?error (wrong credentials) or ?unavailable (no database to check
        // them; see security.LoginFailureHandler) or ?locked=<minutes> (too many failures); an ended session as ?expired.
        if (parameters.containsKey("unavailable")) {
            form.setI18n(vietnameseI18n("login.unavailable.title", "login.unavailable.message"));
            form.setError(true);
        } else if (parameters.containsKey("locked")) {
            LoginI18n i18n = vietnameseI18n("login.locked.title", "login.locked.message");
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    lockMinutes(parameters.get("locked"))));
            form.setI18n(i18n);
            form.setError(true);
        } else {
            form.setError(parameters.containsKey("error"));
        }
        if (parameters.containsKey("setup")) {
            notice.setText(getTranslation("firstRun.done", FirstRunService.ADMIN_USERNAME));
            notice.setVisible(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("login.expired", DurationText.of(this, sessions.idleTimeout())));
            notice.setVisible(true);
        }
    }

    /** The minutes the failure handler put in the address; anything else (a hand-made link) reads as 15. */
    private static long lockMinutes(List<String> values) {
        try {
            long minutes = Long.parseLong(values.isEmpty() ? "" : values.getFirst());
            return minutes >= 1 && minutes <= 24 * 60 ? minutes : 15;
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " · " + getTranslation("app.title");
    }
}
