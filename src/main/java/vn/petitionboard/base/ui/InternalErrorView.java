package vn.petitionboard.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.petitionboard.base.db.DatabaseFailure;

/**
 * A clear error page instead of a stack trace; the log holds the details under the code the user sees. A page that
 * cannot be opened because the database is unreachable says so (503), and logs one line rather than a stack trace
 * for every page anyone opens during the outage.
 */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Optional<DatabaseFailure> database = DatabaseFailure.of(parameter.getException());
        if (database.isPresent()) {
            log.warn("Database {} while opening {}: {}", database.get(), event.getLocation().getPath(),
                    DatabaseFailure.rootMessage(parameter.getException()));
            show(VaadinIcon.PLUG, getTranslation("error.database.title"), getTranslation("error.database.page"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String code = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", code, event.getLocation().getPath(), parameter.getException());
        show(VaadinIcon.WARNING, getTranslation("error.internal.title"), getTranslation("error.internal.detail", code));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
