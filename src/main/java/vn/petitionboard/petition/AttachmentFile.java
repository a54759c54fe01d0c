package vn.petitionboard.petition;

import java.io.InputStream;
import java.util.function.IntFunction;

/**
 * A stored attachment, for download. Its bytes are read one database piece at a time while the browser takes them,
 * so a download holds at most one piece (1 MiB) of memory and no database connection between pieces.
 */
public final class AttachmentFile {

    private final String fileName;
    private final String contentType;
    private final long sizeBytes;
    private final IntFunction<byte[]> chunks;

    AttachmentFile(String fileName, String contentType, long sizeBytes, IntFunction<byte[]> chunks) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.chunks = chunks;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** A new stream over the whole file, from its first piece. */
    public InputStream open() {
        return new ChunkedInputStream(chunks);
    }
}
