package vn.petitionboard.operations;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.petition.CommandResult;

/**
 * Timers around the services, added to the proxies Spring already makes for their transactions and security, so no
 * feature knows it is measured. Infrastructure advisors, as the app has no AspectJ: Spring's own proxy creator applies
 * only those. Order 0 puts them outside method security (100 and up) and the transaction (last), so a refusal by
 * {@code @PreAuthorize} and the commit are inside the measured time.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAdvisors {

    static final int ORDER = 0;

    /** Every public method of the board's service: its column pages, counts and lanes. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor boardQueryTimerAdvisor(ObjectProvider<MeterRegistry> registry) {
        return advisor(new BoardQueryTimer(registry), (method, type) -> BoardService.class.isAssignableFrom(type)
                && method.getDeclaringClass() == BoardService.class);
    }

    /** Every public method of a {@code @Service} that answers a {@link CommandResult}: the petition commands. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor commandTimerAdvisor(ObjectProvider<MeterRegistry> registry) {
        return advisor(new CommandTimer(registry), (method, type) -> CommandResult.class
                .isAssignableFrom(method.getReturnType()) && AnnotatedElementUtils.hasAnnotation(type, Service.class));
    }

    @FunctionalInterface
    private interface Matcher {
        boolean matches(Method method, Class<?> type);
    }

    private static Advisor advisor(MethodInterceptor interceptor, Matcher matcher) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && matcher.matches(method, targetClass);
            }
        }, interceptor);
        advisor.setOrder(ORDER);
        return advisor;
    }
}
