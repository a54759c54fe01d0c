package vn.petitionboard.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The text lines of every file under some folders (binary files left out), for the scans of the architecture tests. */
final class SourceLines {

    private SourceLines() {
    }

    /** Each line that {@code matches}, as "file:line: text". */
    static List<String> matching(List<Path> roots, Predicate<String> matches) {
        try (Stream<Path> files = files(roots)) {
            return files.flatMap(file -> matching(file, matches)).toList();
        }
    }

    static long fileCount(List<Path> roots) {
        try (Stream<Path> files = files(roots)) {
            return files.count();
        }
    }

    private static Stream<Path> files(List<Path> roots) {
        return roots.stream().filter(Files::exists).flatMap(SourceLines::walk).filter(Files::isRegularFile);
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> matching(Path file, Predicate<String> matches) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size()).filter(i -> matches.test(lines.get(i)))
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (MalformedInputException binary) {
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
