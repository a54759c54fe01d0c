package vn.petitionboard.base.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Runs a service call again, as a whole, when the database rolled its transaction back for a write conflict
 * ({@link WriteConflict}): an InnoDB deadlock, or a Galera certification failure at commit. Only the outermost call
 * is retried, the one that began the transaction: inside a caller's transaction a retry would re-run half of it, so
 * there it lets the failure go up to the caller's own retry. Each attempt starts afresh (a new transaction, the
 * petition read again and its version checked again), so a command is applied once or not at all. After the last
 * attempt the failure goes on to the UI, which names it in plain words ({@link DatabaseFailure#CONTENDED}).
 * See docs/decisions/0032-galera-safe-code.md.
 */
final class TransactionRetry implements MethodInterceptor {

    static final String METRIC = "petitionboard.transaction.retries";
    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    private final int attempts;
    private final Duration firstPause;
    private final ObjectProvider<MeterRegistry> registry;

    TransactionRetry(int attempts, Duration firstPause, ObjectProvider<MeterRegistry> registry) {
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (Throwable thrown) {
                if (!WriteConflict.isRetryable(thrown)) {
                    throw thrown;
                }
                String call = describe(invocation);
                if (attempt >= attempts) {
                    log.warn("Write conflict in {}, attempt {} of {}: giving up: {}", call, attempt, attempts,
                            DatabaseFailure.rootMessage(thrown));
                    count(invocation, "gave_up");
                    throw thrown;
                }
                log.info("Write conflict in {}, attempt {} of {}: running it again: {}", call, attempt, attempts,
                        DatabaseFailure.rootMessage(thrown));
                count(invocation, "retried");
                if (!pause(attempt)) {
                    throw thrown;
                }
            }
        }
    }

    /**
     * A random pause, doubling with each attempt (by default 20–40 ms, then 40–80 ms), so two calls that collided do
     * not collide again in step. False when the thread was interrupted meanwhile.
     */
    private boolean pause(int attempt) {
        long least = firstPause.toNanos() << (attempt - 1);
        try {
            Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(least, 2 * least + 1)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void count(MethodInvocation invocation, String outcome) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            Counter.builder(METRIC).description("Service calls run again, or given up, after a write conflict")
                    .tag("service", service(invocation).getSimpleName())
                    .tag("method", invocation.getMethod().getName()).tag("outcome", outcome)
                    .register(meters).increment();
        }
    }

    private static String describe(MethodInvocation invocation) {
        return service(invocation).getSimpleName() + "." + invocation.getMethod().getName();
    }

    private static Class<?> service(MethodInvocation invocation) {
        return invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : ClassUtils.getUserClass(invocation.getThis());
    }
}
