package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.db.TestDatabase;
import vn.petitionboard.support.AppHttpClient;
import vn.petitionboard.support.CuttableProxy;

/**
 * The database goes away (the app's connections run through a proxy the test cuts; the shared MariaDB is never
 * touched): readiness turns DOWN, so a load balancer sends no new users here, while liveness stays UP, so nothing
 * restarts an app that only waits for its database; once the database is back, readiness is UP again by itself.
 */
@IntegrationTest
@TestPropertySource(properties = {
        // The pool's wait for a connection, kept short so a probe during the outage answers in about 2 s, not 30.
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000",
        "spring.liquibase.drop-first=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadinessDuringOutageTest {

    private static final TestDatabase DATABASE = TestDatabase.current();
    private static final CuttableProxy PROXY = CuttableProxy.to(DATABASE.host(), DATABASE.port());

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE.jdbcUrlVia("127.0.0.1", PROXY.port()));
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
    }

    @LocalServerPort
    int port;

    @AfterEach
    void databaseBack() {
        PROXY.restore();
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void readiness_is_down_while_the_database_is_unreachable_and_liveness_stays_up() {
        AppHttpClient probe = new AppHttpClient(port);
        assertThat(probe.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        PROXY.cut();

        HttpResponse<String> readiness = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> probe.get("/actuator/health/readiness"), answer -> answer.statusCode() == 503);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        HttpResponse<String> liveness = probe.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");

        PROXY.restore();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> probe.get("/actuator/health/readiness").statusCode() == 200);
    }
}
