package vn.petitionboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import vn.petitionboard.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SessionSettings.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SessionSettings sessions)
            throws Exception {
        // The stylesheet is needed on the login page too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll()
                // Attachments at stable addresses: any signed-in user may ask; the service decides per petition.
                .requestMatchers(HttpMethod.GET, "/attachments/**").authenticated());
        // Login CSRF: Vaadin's defaults exempt the login page from CSRF, so another site could sign a browser in to
        // an account of its choosing. Only Vaadin's own requests are exempt here; they carry Vaadin's CSRF token.
        // The login form sends Spring's token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Spring's header writer runs when the answer is committed, after Vaadin's pages were written; ours runs first.
        http.headers(headers -> headers.disable());
        http.addFilterBefore(new SecurityHeadersFilter(), HeaderWriterFilter.class);
        http.addFilterAfter(new IdleSessionFilter(sessions), SecurityContextHolderFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // After Vaadin's configurer, so that it names the login page first (otherwise Spring's generated login page
        // takes over); naming the page keeps a failure handler that is already set.
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /**
     * bcrypt today, with the algorithm named in each stored hash ({bcrypt}…) so it can change later; passwords in
     * Unicode NFC, however the keyboard composed their letters.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new NfcPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
