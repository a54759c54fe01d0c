package vn.petitionboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.petitionboard.base.db.DatabaseFailure;
import vn.petitionboard.security.signin.SignInLockedException;

/**
 * A refused sign-in goes back to the login page saying why: wrong credentials ({@code ?error}), or the database could
 * not be reached to check them ({@code ?unavailable}), or too many failures locked the username or the address for a
 * while ({@code ?locked=<minutes>}, docs/decisions/0018). Spring Security reports both as a failed authentication, and
 * telling someone with the right password that it is wrong sends them to reset it for nothing.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (DatabaseFailure.of(exception).isPresent()) {
            log.warn("Sign-in could not be checked, the database is unavailable: {}",
                    DatabaseFailure.rootMessage(exception));
            redirect.sendRedirect(request, response, "/login?unavailable");
        } else if (exception instanceof SignInLockedException locked) {
            // Whole minutes, rounded up: the page says when to try again (a number only, nothing else from here).
            long minutes = Math.max(1, (locked.remaining().toSeconds() + 59) / 60);
            redirect.sendRedirect(request, response, "/login?locked=" + minutes);
        } else {
            if (exception instanceof InternalAuthenticationServiceException) {
                // Not a refusal but a failure inside the app (Spring's own ERROR line for it is switched off).
                log.error("Sign-in failed inside the app", exception);
            }
            redirect.sendRedirect(request, response, "/login?error");
        }
    }
}
