package vn.petitionboard.operations;

import static org.springframework.http.HttpStatus.FORBIDDEN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The actuator's addresses get a filter chain of their own, ahead of the app's (Vaadin's): the probes and the
 * Prometheus scrape answer without a session, and every other actuator address is refused, exposed or not, so a new
 * endpoint never opens by accident. No session is read or made here.
 */
@Configuration
class ActuatorSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness", "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Refused, signed in or not: never the app's redirect to its login page (which the shared HttpSecurity
                // setup would otherwise answer with), since there is nothing here to sign in for.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(FORBIDDEN)))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
