package vn.petitionboard.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.CurrentUnit;
import vn.petitionboard.organisation.UnitId;

/**
 * The signed-in user of the current request, for services that scope their queries to the user's unit. It is also
 * organisation's {@link CurrentUnit}, so that organisation never needs to know about users.
 */
@Component
public class CurrentUser implements CurrentUnit {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final SignedInUserQuery query;

    /**
     * Reads the security context from this application's strategy (Vaadin's, which the filters and method security
     * use too), not from the JVM-wide holder: the two are one object in a running app, but where several application
     * contexts share a JVM the JVM-wide one is the last context's, and a plain HTTP request (an attachment's address)
     * would find nobody signed in.
     */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy, SignedInUserQuery query) {
        this.strategy = strategy;
        this.query = query;
    }

    public Optional<SignedInUser> find() {
        Authentication authentication = holder().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }

    /**
     * Reads the signed-in user's account again into the session (after their own password change clears "must change
     * password"), keeping the session: the security context object the session holds is the one updated.
     */
    public void reload() {
        SignedInUser user = require();
        SignedInUser fresh = query.byUsername(user.username()).filter(SignedInUser::isEnabled)
                .map(SignedInUser::withoutPassword)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("The account is gone"));
        holder().getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }

    private SecurityContextHolderStrategy holder() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public UnitId unitId() {
        return require().unitId();
    }
}
