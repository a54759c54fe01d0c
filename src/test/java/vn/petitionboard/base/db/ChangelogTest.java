package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;

/** The changelog builds the whole schema on a database that has nothing in it. */
@IntegrationTest
class ChangelogTest {

    private static final List<String> TABLES = List.of("answer", "app_user", "assignment", "attachment",
            "conference", "delegate", "department", "domain", "escalation", "petition", "petition_code_counter",
            "petition_history", "petition_requester", "petition_search_term", "progress_update", "public_holiday",
            "review", "unit", "user_role");

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings("deprecation")
    void the_changelog_applies_to_an_empty_database_with_and_without_demo_data() throws Exception {
        String schema = "pb_empty_" + UUID.randomUUID().toString().substring(0, 8);
        dsl.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        // A connection of its own, so that no pooled connection is left pointing at the dropped database.
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword())) {
            connection.setCatalog(schema);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                    new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(new Contexts("production"), new LabelExpression());
                assertThat(tablesIn(schema)).containsAll(TABLES);
                assertThat(triggersIn(schema)).containsExactlyInAnyOrder("petition_history_refuse_update",
                        "petition_history_refuse_delete");
                assertThat(count(schema, "petition")).as("no demo data outside the demo context").isZero();

                liquibase.update(new Contexts("demo"), new LabelExpression());
                assertThat(count(schema, "petition")).isEqualTo(17);
                assertThat(count(schema, "app_user")).isEqualTo(7);
            }
        } finally {
            dsl.execute("DROP DATABASE " + schema);
        }
    }

    @Test
    void every_table_is_innodb_with_a_unicode_utf8mb4_collation() {
        var tables = dsl.resultQuery("SELECT table_name, engine, table_collation FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%'").fetch();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(TABLES.size());
        tables.forEach(t -> {
            assertThat(t.get(1, String.class)).as("engine of %s", t.get(0)).isEqualTo("InnoDB");
            assertThat(t.get(2, String.class)).as("collation of %s", t.get(0)).startsWith("utf8mb4_unicode");
        });
    }

    private List<String> tablesIn(String schema) {
        return dsl.select(DSL.field("table_name", String.class)).from("information_schema.tables")
                .where(DSL.field("table_schema").eq(schema)).fetch(r -> r.value1().toLowerCase());
    }

    private List<String> triggersIn(String schema) {
        return dsl.select(DSL.field("trigger_name", String.class)).from("information_schema.triggers")
                .where(DSL.field("trigger_schema").eq(schema)).fetch(r -> r.value1().toLowerCase());
    }

    private int count(String schema, String table) {
        return dsl.fetchCount(DSL.table(DSL.name(schema, table)));
    }
}
