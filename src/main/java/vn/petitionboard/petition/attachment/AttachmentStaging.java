package vn.petitionboard.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import vn.petitionboard.security.Permissions;

/**
 * Receives uploaded files onto the server's disk in 64 KB pieces, so a file costs the same small buffer of memory
 * whatever its size, and refuses one the moment it passes 10 MB (before reading a byte when the browser declares
 * more). A file is checked as soon as it has arrived, so the user sees a refusal beside the file, not at saving time.
 * <p>
 * Staged files live in a directory of this server instance only (a Vaadin session never moves between servers), are
 * named by a random id, and are deleted when the dialog removes or saves them; a directory left by an instance that
 * stopped is removed after a day.
 */
@Component
public class AttachmentStaging {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStaging.class);
    private static final int BUFFER = 64 * 1024;
    private static final Duration LEFT_BEHIND = Duration.ofDays(1);

    private final Path directory;
    private final Clock clock;

    AttachmentStaging(@Value("${petitionboard.attachments.staging-directory:}") String configured, Clock clock) {
        this.clock = clock;
        Path root = configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "petitionboard-uploads")
                : Path.of(configured);
        this.directory = root.toAbsolutePath().normalize().resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(root);
            removeLeftBehind(root);
            ensureDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload staging directory under " + root, e);
        }
    }

    /**
     * Reads one uploaded file. {@code declaredLength} is what the request announced (-1 when unknown); a larger file
     * than allowed is refused without reading its body. The body is read to its end or to the first byte over the
     * limit, never further.
     */
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Reception receive(String rawFileName, long declaredLength, InputStream body) {
        String name = FileNames.clean(rawFileName);
        if (name == null) {
            return new Reception.Refused("", "validation.attachment.missing");
        }
        Optional<Attachments.Kind> kind = Attachments.kindOf(name);
        if (kind.isEmpty()) {
            return new Reception.Refused(name, "validation.attachment.type");
        }
        if (declaredLength > Attachments.MAX_BYTES) {
            return new Reception.Refused(name, Reception.Refused.TOO_LARGE);
        }
        Path staged = directory.resolve(UUID.randomUUID() + ".part");
        try {
            ensureDirectory(); // an instance idle for a day may have seen another one tidy its directory away
            long size = copyAtMost(body, staged, Attachments.MAX_BYTES + 1L);
            if (size > Attachments.MAX_BYTES) {
                Files.deleteIfExists(staged);
                return new Reception.Refused(name, Reception.Refused.TOO_LARGE);
            }
            Optional<String> problem = Attachments.contentProblem(kind.get(), staged);
            if (problem.isPresent()) {
                Files.deleteIfExists(staged);
                return new Reception.Refused(name, problem.get());
            }
            return new Reception.Received(new ReceivedFile(name, kind.get().contentType(), size, staged));
        } catch (IOException e) {
            log.info("Upload of a file stopped before its end: {}", e.toString());
            deleteQuietly(staged);
            return new Reception.Interrupted(name);
        }
    }

    /** The directory of this instance's staged files (for tests and the operator's eyes). */
    public Path directory() {
        return directory;
    }

    private void ensureDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (copied < limit
                    && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) >= 0) {
                out.write(buffer, 0, read);
                copied += read;
            }
        }
        return copied;
    }

    private void removeLeftBehind(Path root) throws IOException {
        Instant before = clock.instant().minus(LEFT_BEHIND);
        try (Stream<Path> instances = Files.list(root)) {
            instances.filter(Files::isDirectory).filter(d -> modifiedBefore(d, before)).forEach(d -> {
                try (Stream<Path> tree = Files.walk(d)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(AttachmentStaging::deleteQuietly);
                } catch (IOException e) {
                    log.warn("Could not remove the old upload directory {}: {}", d, e.toString());
                }
            });
        }
    }

    private static boolean modifiedBefore(Path path, Instant instant) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", path, e.toString());
        }
    }
}
