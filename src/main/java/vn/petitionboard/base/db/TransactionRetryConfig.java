package vn.petitionboard.base.db;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Puts {@link TransactionRetry} on every public method of a {@code @Service} (the app's transaction boundary) that
 * runs in a read-write transaction. An infrastructure advisor like the operations' timers (order 0, around it, so a
 * command is timed once with its retries); order 1 keeps it outside method security (100 and up) and the transaction
 * (last), so each attempt is a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class TransactionRetryConfig {

    static final int ORDER = 1;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transactionRetryAdvisor(ObjectProvider<MeterRegistry> registry,
            @Value("${petitionboard.db.retry.attempts:3}") int attempts,
            @Value("${petitionboard.db.retry.first-pause:20ms}") Duration firstPause) {
        TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
                if (!Modifier.isPublic(specific.getModifiers()) || Modifier.isStatic(specific.getModifiers())
                        || !AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)) {
                    return false;
                }
                // Writes only: a read-only transaction takes no row locks and Galera does not certify it, so it
                // meets no write conflict; and some stream what they read to the caller, which must not run twice.
                TransactionAttribute transaction = transactions.getTransactionAttribute(specific, targetClass);
                return transaction != null && !transaction.isReadOnly();
            }
        }, new TransactionRetry(Math.max(1, attempts), firstPause, registry));
        advisor.setOrder(ORDER);
        return advisor;
    }
}
