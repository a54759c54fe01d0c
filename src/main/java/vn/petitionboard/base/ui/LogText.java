package vn.petitionboard.base.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Pieces of the one-line log entries about refused requests: who sent it, and why it was refused. */
final class LogText {

    private static final int MAX_REASON = 300;

    private LogText() {
    }

    static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : "'" + authentication.getName() + "'";
    }

    /** One line, no control characters (the message may quote what the client sent), at most a few hundred chars. */
    static String reason(Throwable thrown) {
        String text = thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
        text = text.replaceAll("\\p{Cntrl}+", " ");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }
}
