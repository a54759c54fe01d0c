package vn.petitionboard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No committed file keeps a merge's conflict markers. application.properties once did: Spring read the markers as
 * two odd properties and nothing failed, so only a scan sees it.
 */
class ConflictMarkersTest {

    private static final List<Path> SCANNED = Stream.of("src", "db", "docs", ".ci", "README.md", "pom.xml")
            .map(Path::of).toList();

    @Test
    void no_file_keeps_a_conflict_marker() throws IOException {
        assertThat(linesWithMarkers(SCANNED)).isEmpty();
    }

    @Test
    void the_scan_finds_a_marker(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.properties"), "a=1\n<<<<<<< HEAD\nb=2\n=======\nb=3\n>>>>>>> other\n");
        assertThat(linesWithMarkers(List.of(dir))).hasSize(3);
    }

    static List<String> linesWithMarkers(List<Path> roots) {
        return SourceLines.matching(roots, ConflictMarkersTest::isMarker);
    }

    private static boolean isMarker(String line) {
        return line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ") || line.equals("=======");
    }
}
