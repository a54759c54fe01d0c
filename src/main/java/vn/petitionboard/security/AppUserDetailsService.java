package vn.petitionboard.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's way in: the user who signs in, with their unit, department and roles. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final SignedInUserQuery query;

    AppUserDetailsService(SignedInUserQuery query) {
        this.query = query;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return query.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
