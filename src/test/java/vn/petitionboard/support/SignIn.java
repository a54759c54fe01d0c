package vn.petitionboard.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs code as a given user on the current thread, for tests whose users are made at run time.
 * <p>
 * The user is set in this application context's {@link SecurityContextHolderStrategy} (Vaadin's, which method
 * security reads) and in {@link SecurityContextHolder}'s global one (which {@code CurrentUser} reads). They are the
 * same object in a running app, but not in a test JVM where several cached contexts each made their own strategy and
 * the last one started became the global one.
 */
@Component
public class SignIn {

    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> contextStrategy;

    SignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> contextStrategy) {
        this.users = users;
        this.contextStrategy = contextStrategy;
    }

    public <T> T as(String username, Callable<T> action) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        Set<SecurityContextHolderStrategy> strategies = new LinkedHashSet<>();
        contextStrategy.ifAvailable(strategies::add);
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
        List<SecurityContext> previous = new ArrayList<>();
        for (SecurityContextHolderStrategy strategy : strategies) {
            previous.add(strategy.getContext());
            strategy.setContext(context);
        }
        try {
            return action.call();
        } finally {
            int i = 0;
            for (SecurityContextHolderStrategy strategy : strategies) {
                strategy.setContext(previous.get(i++));
            }
        }
    }
}
