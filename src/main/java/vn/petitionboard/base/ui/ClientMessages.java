package vn.petitionboard.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.i18n.LocaleSetup;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;

/**
 * The texts Vaadin's client shows by itself, in Vietnamese: the connection indicator while the server cannot be
 * reached, the internal-error and cookie notices. A session that has ended (idle timeout, restart) goes straight to
 * the login page, which says why ({@code login?expired}). Every session also gets {@link AppErrorHandler}.
 */
@Component
class ClientMessages implements VaadinServiceInitListener {

    private final MessageBundleI18NProvider messages;

    ClientMessages(MessageBundleI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new AppErrorHandler()));
        event.getSource().addRpcInvocationListener(new AppErrorHandler.InvocationTracker());
        event.getSource().setSystemMessagesProvider(this::systemMessages);
        // After the other UI init listeners, which set the UI's language.
        event.getSource().addUIInitListener(init -> init.getUI()
                .beforeClientResponse(init.getUI(), context -> connectionTexts(context.getUI())));
    }

    private SystemMessages systemMessages(SystemMessagesInfo info) {
        // Vaadin offers the browser's language; the app speaks Vietnamese unless the user chose English.
        Locale locale = LocaleSetup.sessionLocale(VaadinSession.getCurrent());
        CustomizedSystemMessages texts = new CustomizedSystemMessages();
        String contextPath = info.getRequest() == null ? "" : info.getRequest().getContextPath();
        texts.setSessionExpiredURL(contextPath + "/login?expired");
        texts.setSessionExpiredNotificationEnabled(false);
        texts.setInternalErrorCaption(text("client.internalError.caption", locale));
        texts.setInternalErrorMessage(text("client.internalError.message", locale));
        texts.setCookiesDisabledCaption(text("client.cookiesDisabled.caption", locale));
        texts.setCookiesDisabledMessage(text("client.cookiesDisabled.message", locale));
        return texts;
    }

    private void connectionTexts(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("client.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("client.offline"));
        // The indicator's "back online" text has no server API; the indicator is Vaadin's own element on the page.
        ui.getPage().executeJs("const i = window.Vaadin && window.Vaadin.connectionIndicator; if (i) { i.onlineText = $0; }",
                ui.getTranslation("client.online"));
    }

    private String text(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }
}
