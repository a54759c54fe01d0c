package vn.petitionboard.benchmark;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Only in the page timer's context: a statement log for EXPLAIN, and no statement may run longer than the limit. */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkConfig {

    /** Connector/J cancels a statement after this long, so a page that times out does not keep the server busy. */
    static final int QUERY_TIMEOUT_SECONDS = 60;

    @Bean
    StatementLog statementLog() {
        return new StatementLog();
    }

    @Bean
    ExecuteListenerProvider statementLogListener(StatementLog log) {
        return new DefaultExecuteListenerProvider(log);
    }

    @Bean
    DefaultConfigurationCustomizer queryTimeout() {
        return configuration -> configuration.settings().setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    }
}
