package vn.petitionboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's code and change sets use nothing a Galera cluster does not replicate or certify
 * (docs/decisions/0032-galera-safe-code.md): no LOCK TABLES and no named locks (GET_LOCK and its kin are local to one
 * node), and no arithmetic on generated ids (a cluster hands out AUTO_INCREMENT values in steps of its size, so the
 * next row's id is not id + 1). Row locks, version checks and unique keys are what the app relies on instead.
 */
class GaleraSafeSqlTest {

    private static final List<Path> SCANNED = Stream.of("src/main/java", "src/main/resources", "db").map(Path::of)
            .toList();

    /** What breaks on Galera, as it would be written in SQL, in jOOQ or in Java. */
    private static final Pattern FORBIDDEN = Pattern.compile(String.join("|",
            "(?i:\\bLOCK\\s+TABLES?\\b)", // LOCK TABLES / LOCK TABLE: not replicated, and local to one node
            "(?i:\\b(?:GET|RELEASE|IS_FREE|IS_USED|RELEASE_ALL)_LOCKS?\\s*\\()", // named locks: one node's
            "(?i:\\bLAST_INSERT_ID\\s*\\(\\s*\\)\\s*[-+])", // the id after the last one
            "(?:\\b[A-Z_]+\\.ID\\.(?:plus|add|minus|sub|subtract)\\()", // jOOQ arithmetic on an id column
            "(?:\\b[iI]d\\(\\)(?:\\.value\\(\\))?\\s*[-+]\\s*1\\b)", // a typed id's value plus or minus one
            "(?i:auto_increment_(?:increment|offset))")); // the step Galera sets for itself

    @Test
    void no_source_file_takes_a_table_or_named_lock_or_counts_on_consecutive_ids() throws IOException {
        assertThat(scannedFiles(SCANNED)).as("the scan sees the real sources").isGreaterThan(300);
        assertThat(forbiddenLines(SCANNED)).isEmpty();
    }

    @Test
    void the_scan_finds_each_forbidden_use(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Store.java"), String.join("\n",
                "dsl.execute(\"LOCK TABLES petition WRITE\");",
                "dsl.fetchValue(\"SELECT GET_LOCK('counter', 10)\");",
                "dsl.execute(\"do release_lock('counter')\");",
                "long next = dsl.fetchValue(\"SELECT LAST_INSERT_ID() + 1\");",
                "dsl.select(PETITION.ID.plus(1)).from(PETITION);",
                "PetitionId next = new PetitionId(petition.id().value() + 1);",
                "-- SET SESSION auto_increment_increment = 1",
                "dsl.update(PETITION).set(PETITION.VERSION, PETITION.VERSION.plus(1));", // a version, not an id
                "boolean locked = lock.tryLock();")); // a Java lock, not the database's
        assertThat(forbiddenLines(List.of(dir))).hasSize(7);
    }

    static List<String> forbiddenLines(List<Path> roots) {
        return SourceLines.matching(roots, line -> FORBIDDEN.matcher(line).find());
    }

    private static long scannedFiles(List<Path> roots) {
        return SourceLines.fileCount(roots);
    }
}
