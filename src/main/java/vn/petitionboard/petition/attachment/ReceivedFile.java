package vn.petitionboard.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file received from the browser and checked, waiting on the server's disk until its progress update is saved or
 * the dialog is closed. Only {@link AttachmentStaging} makes one, so its path is always inside the staging directory
 * under a name of our own. Its bytes reach the database only with the petition's transaction.
 */
public final class ReceivedFile {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final Path path;

    ReceivedFile(String fileName, String contentType, long size, Path path) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.path = path;
    }

    /** The cleaned name, as it will be stored and shown. */
    public String fileName() {
        return fileName;
    }

    /** Decided by the server from the name's extension and the first bytes, never taken from the browser. */
    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** The bytes, read from disk in whatever pieces the reader asks for. */
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** Removes the staged copy; a file discarded once, or never staged, is left alone. */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the staged upload " + path, e);
        }
    }

    boolean isStaged() {
        return Files.isRegularFile(path);
    }

    Path path() {
        return path;
    }

    @Override
    public String toString() {
        return fileName + " (" + size + " bytes)";
    }
}
