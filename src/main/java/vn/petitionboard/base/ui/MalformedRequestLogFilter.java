package vn.petitionboard.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.internal.JsonDecodingException;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A request from the page whose body is not JSON at all never reaches the error handler: Vaadin's UIDL handler logs it
 * at ERROR with its stack trace ("Error writing JSON to response") and asks the page to reload. Anyone can send such
 * requests in a loop, so this turns that entry into one WARN line with the user and the reason, like
 * {@link AppErrorHandler} does for invalid events.
 */
@Component
class MalformedRequestLogFilter extends TurboFilter implements SmartInitializingSingleton {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(MalformedRequestLogFilter.class);
    private static final String UIDL_HANDLER = UidlRequestHandler.class.getName();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable thrown) {
        if (thrown instanceof JsonDecodingException && Level.ERROR.equals(level)
                && UIDL_HANDLER.equals(logger.getName())) {
            log.warn("Refused a malformed UI request from {}: {}", LogText.user(), LogText.reason(thrown));
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** Added once the logging system is set up; a later context of the same JVM (tests) adds it again if reset. */
    @Override
    public void afterSingletonsInstantiated() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(MalformedRequestLogFilter.class::isInstance)) {
            start();
            context.addTurboFilter(this);
        }
    }
}
