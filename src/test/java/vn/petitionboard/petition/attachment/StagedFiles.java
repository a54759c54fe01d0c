package vn.petitionboard.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Files received as the upload endpoint receives them, for tests that start after the upload. */
public final class StagedFiles {

    private StagedFiles() {
    }

    /** Receives the bytes under the name, as a browser would send them, and expects them to be kept. */
    public static ReceivedFile stage(AttachmentStaging staging, String fileName, byte[] content) {
        Reception reception = staging.receive(fileName, content.length, new ByteArrayInputStream(content));
        assertThat(reception).as("reception of " + fileName).isInstanceOf(Reception.Received.class);
        return ((Reception.Received) reception).file();
    }

    /** Replaces a staged file's bytes behind the service's back, as a fault on the server's disk would. */
    public static void overwrite(ReceivedFile file, byte[] content) {
        try {
            Files.write(file.path(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isStaged(ReceivedFile file) {
        return file.isStaged();
    }
}
