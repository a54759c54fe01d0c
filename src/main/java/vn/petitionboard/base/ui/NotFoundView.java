package vn.petitionboard.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown pages, pages the user may not open, and records they may not see all look the same: "not found", so that
 * the page never confirms that something exists.
 */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        boolean customMessage = parameter.hasCustomMessage() && (parameter.getCustomMessage().startsWith("petition.")
                || parameter.getCustomMessage().startsWith("conference.")
                || parameter.getCustomMessage().startsWith("district."));
        show(VaadinIcon.SEARCH_MINUS,
                getTranslation(customMessage ? parameter.getCustomMessage() : "error.notFound.title"),
                getTranslation(customMessage ? parameter.getCustomMessage() + ".detail" : "error.notFound.detail"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
