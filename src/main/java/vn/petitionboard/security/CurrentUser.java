package vn.petitionboard.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.CurrentUnit;
import vn.petitionboard.organisation.UnitId;

/**
 * The signed-in user of the current request, for services that scope their queries to the user's unit. It is also
 * organisation's {@link CurrentUnit}, so that organisation never needs to know about users.
 */
@Component
public class CurrentUser implements CurrentUnit {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }

    @Override
    public UnitId unitId() {
        return require().unitId();
    }
}
