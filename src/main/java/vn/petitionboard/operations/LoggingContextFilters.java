package vn.petitionboard.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.petitionboard.security.CurrentUser;

/**
 * The request id first of all filters, so every line of the request carries it (sign-in included); the user id just
 * after Spring Security's filter chain (order -100, spring.security.filter.order), the first point that knows the user.
 */
@Configuration(proxyBeanMethods = false)
class LoggingContextFilters {

    static final int AFTER_SECURITY = -99;

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UserIdFilter> userIdFilter(CurrentUser currentUser) {
        FilterRegistrationBean<UserIdFilter> registration = new FilterRegistrationBean<>(new UserIdFilter(currentUser));
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
