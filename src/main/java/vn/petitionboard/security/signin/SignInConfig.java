package vn.petitionboard.security.signin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.petitionboard.security.audit.AuditLog;

/**
 * The one AuthenticationProvider bean: Spring Security builds its global AuthenticationManager from it, so every
 * sign-in path (today the login form) goes through the throttle.
 */
@Configuration
@EnableConfigurationProperties(SignInThrottleSettings.class)
class SignInConfig {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, ThrottleStore store, AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, store, audit, SignInConfig::sleep);
    }

    private static void sleep(java.time.Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
