package vn.petitionboard.base.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects. With no spring.datasource.url (DB_URL), it starts the embedded
 * MariaDB and points the app at it, demo data included; with one, it uses that server and loads the demo data only
 * when petitionboard.demo-data (DEMO_DATA) is true.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE_NAME = "petitionboard";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (embedded) {
            Path directory = Path.of(environment.getProperty("petitionboard.embedded-db.directory", "data"));
            EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(directory);
            properties.put("spring.datasource.url", db.jdbcUrl(DATABASE_NAME));
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
        }
        boolean demo = embedded || environment.getProperty("petitionboard.demo-data", Boolean.class, false);
        // Change sets without a context always run; those with context "demo" only when it is named. The living demo
        // (this year's conference, dated from the day it loads) comes with it unless turned off, as the tests do: they
        // read the fixed 2019-2020 data.
        boolean living = environment.getProperty("petitionboard.demo-data.living", Boolean.class, true);
        properties.put("spring.liquibase.contexts", !demo ? "production" : living ? "demo,living-demo" : "demo");
        environment.getPropertySources().addFirst(new MapPropertySource("petitionboard-database", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties, .env and profiles are loaded
    }
}
