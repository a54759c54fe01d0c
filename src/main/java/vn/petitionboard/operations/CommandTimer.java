package vn.petitionboard.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.ClassUtils;
import vn.petitionboard.petition.CommandResult;

/**
 * {@value #NAME}: how long a petition command takes and how it ended, tagged by the service's class, the command
 * (its method) and the {@link CommandOutcome}. Never a petition, unit or user: the series stay a few dozen.
 */
final class CommandTimer implements MethodInterceptor {

    static final String NAME = "petitionboard.command";

    private final ObjectProvider<MeterRegistry> registry;

    CommandTimer(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return invocation.proceed();
        }
        Timer.Sample sample = Timer.start(meters);
        CommandOutcome outcome = CommandOutcome.ERROR;
        try {
            Object result = invocation.proceed();
            outcome = CommandOutcome.of((CommandResult) result);
            return result;
        } catch (AccessDeniedException | AuthenticationException refused) {
            outcome = CommandOutcome.REFUSED;
            throw refused;
        } finally {
            Class<?> service = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                    : ClassUtils.getUserClass(invocation.getThis());
            sample.stop(Timer.builder(NAME).description("Time of a petition command, by command and outcome")
                    .tag("service", service.getSimpleName()).tag("command", invocation.getMethod().getName())
                    .tag("outcome", outcome.tag()).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                    .register(meters));
        }
    }
}
