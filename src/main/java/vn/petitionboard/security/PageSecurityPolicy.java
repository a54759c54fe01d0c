package vn.petitionboard.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Gives each Vaadin page a fresh nonce: every inline script Vaadin writes into the page (the bootstrap, the login
 * form's CSRF helper) carries it, and the page's CSP allows only scripts with it or from the app itself. A script an
 * attacker manages to inject into the page has no nonce and does not run.
 */
@Component
class PageSecurityPolicy implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(PageSecurityPolicy::addNonce);
    }

    private static void addNonce(IndexHtmlResponse page) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        page.getVaadinResponse().setHeader("Content-Security-Policy", ContentSecurityPolicy.forPage(nonce));
    }
}
