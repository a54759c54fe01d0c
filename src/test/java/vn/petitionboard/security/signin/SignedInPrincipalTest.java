package vn.petitionboard.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.support.TestWards;

/** What a successful sign-in leaves in the session: the user and their roles, never their password's hash. */
@IntegrationTest
class SignedInPrincipalTest {

    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    TestWards wards;

    @Test
    void the_signed_in_user_kept_in_the_session_has_no_password_hash() {
        String clerk = wards.create().clerk();

        Authentication result = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(clerk, TestWards.PASSWORD));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getCredentials()).isNull();
        SignedInUser user = (SignedInUser) result.getPrincipal();
        assertThat(user.username()).isEqualTo(clerk);
        assertThat(user.getPassword()).isNull();
        // Spring Security 7 adds the factor used (FACTOR_PASSWORD) beside the roles; the roles stay the account's.
        assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_CLERK");
    }
}
