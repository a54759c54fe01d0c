package vn.petitionboard.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@value #NAME}: how long the board's reads take, tagged by the read (column, counts, lanes) and nothing else: no
 * unit, user or filter, so the series stay few.
 */
final class BoardQueryTimer implements MethodInterceptor {

    static final String NAME = "petitionboard.board.query";

    private final ObjectProvider<MeterRegistry> registry;

    BoardQueryTimer(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return invocation.proceed();
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            Object result = invocation.proceed();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(Timer.builder(NAME).description("Time to read the board: a column's page, counts or lanes")
                    .tag("query", invocation.getMethod().getName()).tag("outcome", outcome)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(10)).register(meters));
        }
    }
}
