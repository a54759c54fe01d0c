package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
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
            "attachment_chunk", "conference", "delegate", "department", "department_request", "domain", "escalation", "petition", "petition_code_counter",
            "petition_history", "petition_requester", "petition_search_term", "progress_update", "public_holiday",
            "review", "unit", "user_role");

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings("deprecation")
    void the_changelog_applies_to_an_empty_database_with_and_without_demo_data() throws Exception {
        inEmptySchema((schema, connection, liquibase) -> {
            liquibase.update(new Contexts("production"), new LabelExpression());
            assertThat(tablesIn(schema)).containsAll(TABLES);
            assertThat(triggersIn(schema)).containsExactlyInAnyOrder("petition_history_refuse_update",
                    "petition_history_refuse_delete");
            assertThat(count(schema, "petition")).as("no demo data outside the demo context").isZero();

            liquibase.update(new Contexts("demo"), new LabelExpression());
            assertThat(count(schema, "petition")).isEqualTo(17);
            assertThat(count(schema, "app_user")).isEqualTo(7);
        });
    }

    @Test
    @SuppressWarnings("deprecation")
    void attachments_stored_in_one_column_before_0012_move_into_pieces_of_1_mib() throws Exception {
        inEmptySchema((schema, connection, liquibase) -> {
            List<String> ids = liquibase.getDatabaseChangeLog().getChangeSets().stream()
                    .map(c -> c.getId()).toList();
            liquibase.update(ids.indexOf("0012-1"), new Contexts("production"), new LabelExpression());
            // 2.5 MiB made on the server: a file stored the old way, without its progress update (no FK checks).
            DSLContext old = DSL.using(connection);
            old.execute("SET SESSION foreign_key_checks = 0");
            old.execute("INSERT INTO attachment (id, progress_update_id, file_name, content_type, size_bytes, "
                    + "content, uploaded_by, uploaded_at) VALUES (7, 1, 'so-do.pdf', 'application/pdf', 2621440, "
                    + "REPEAT('0123456789abcdef', 163840), 1, NOW())");
            old.execute("SET SESSION foreign_key_checks = 1");

            liquibase.update(new Contexts("production"), new LabelExpression());

            var chunks = old.fetch("SELECT seq, data FROM attachment_chunk WHERE attachment_id = 7 ORDER BY seq");
            assertThat(chunks.map(r -> r.get(1, byte[].class).length)).containsExactly(1048576, 1048576, 524288);
            StringBuilder whole = new StringBuilder();
            chunks.forEach(r -> whole.append(new String(r.get(1, byte[].class), StandardCharsets.US_ASCII)));
            assertThat(whole.toString()).isEqualTo("0123456789abcdef".repeat(163840));
            assertThat(old.fetch("SHOW COLUMNS FROM attachment").map(r -> r.get(0, String.class)))
                    .doesNotContain("content");
        });
    }

    @FunctionalInterface
    interface SchemaWork {
        void run(String schema, Connection connection, Liquibase liquibase) throws Exception;
    }

    /** A new, empty database with Liquibase on a connection of its own; dropped afterwards. */
    private void inEmptySchema(SchemaWork work) throws Exception {
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
                work.run(schema, connection, liquibase);
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

    /**
     * A Galera cluster replicates a row by its primary key: every table needs one, Liquibase's own included
     * (docs/decisions/0032-galera-safe-code.md).
     */
    @Test
    void every_table_has_a_primary_key_for_a_galera_cluster() {
        List<String> tables = dsl.resultQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'").fetch(r -> r.get(0, String.class));
        List<String> withKey = dsl.resultQuery("SELECT table_name FROM information_schema.table_constraints"
                + " WHERE table_schema = DATABASE() AND constraint_type = 'PRIMARY KEY'")
                .fetch(r -> r.get(0, String.class));
        assertThat(tables).hasSizeGreaterThanOrEqualTo(TABLES.size()).contains("DATABASECHANGELOG");
        assertThat(tables.stream().filter(table -> !withKey.contains(table)).toList())
                .as("tables without a primary key").isEmpty();
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
