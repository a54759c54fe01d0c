package vn.petitionboard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Records the statements jOOQ runs on the current thread while {@link #capture} is active, with their time from
 * start to the close of their result (so a streamed export counts its whole read), inlined for EXPLAIN.
 */
final class StatementLog implements ExecuteListener {

    record Statement(String sql, double millis) {
    }

    record Captured<T>(T result, List<Statement> statements) {
    }

    private static final String STARTED = StatementLog.class.getName() + ".started";

    private final ThreadLocal<List<Statement>> active = new ThreadLocal<>();

    <T> Captured<T> capture(Callable<T> work) throws Exception {
        List<Statement> statements = new ArrayList<>();
        active.set(statements);
        try {
            return new Captured<>(work.call(), statements);
        } finally {
            active.remove();
        }
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (active.get() != null) {
            ctx.data(STARTED, System.nanoTime());
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        List<Statement> statements = active.get();
        if (statements != null && ctx.data(STARTED) instanceof Long started) {
            String sql = ctx.query() != null ? ctx.dsl().renderInlined(ctx.query()) : ctx.sql();
            statements.add(new Statement(sql, (System.nanoTime() - started) / 1_000_000.0));
        }
    }
}
