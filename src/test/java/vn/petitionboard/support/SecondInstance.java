package vn.petitionboard.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.petitionboard.Application;

/**
 * Another app instance on the test database, in this JVM, on a port of its own: what a second server of a cluster is
 * to the first. It shares nothing with the test's own context but the database (and the JVM's mail server), so what
 * reaches its pages from the other instance came through the database.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts it on the schema the test context built (never dropping it) with the test profile's settings. */
    public static SecondInstance start() {
        // Arguments, which outrank application-test.properties: its drop-first would wipe the first one's data.
        return new SecondInstance(new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--spring.liquibase.drop-first=false"));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
