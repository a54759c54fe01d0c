package vn.petitionboard.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vietnamese for every new UI unless the user switched this session to English. */
@Component
public class LocaleSetup implements VaadinServiceInitListener {

    private static final String SESSION_KEY = LocaleSetup.class.getName() + ".locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(sessionLocale(init.getUI().getSession())));
    }

    public static void switchTo(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    /** The language of a session: Vietnamese unless its user switched to English; Vietnamese without a session. */
    public static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : MessageBundleI18NProvider.VIETNAMESE;
    }
}
