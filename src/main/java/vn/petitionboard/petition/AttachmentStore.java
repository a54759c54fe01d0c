package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT_CHUNK;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.petition.attachment.ReceivedFile;
import vn.petitionboard.security.SignedInUser;

/**
 * Writes an attachment's metadata and its bytes (a progress report's or an answer's files), in pieces of at most {@link #CHUNK_BYTES}, inside the caller's
 * transaction: a failure anywhere leaves no row of it. One piece is one statement of about 1-2 MB on the wire
 * (Connector/J escapes binary), far under MariaDB's default 16 MB packet, and one buffer of memory per save.
 */
@Repository
class AttachmentStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final DSLContext dsl;

    AttachmentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What an attachment belongs to: a progress update or an answer (exactly one, as the table's check says). */
    record Owner(Long progressUpdateId, Long answerId) {

        static Owner progressUpdate(long id) {
            return new Owner(id, null);
        }

        static Owner answer(long id) {
            return new Owner(null, id);
        }
    }

    /** The command's files, each in pieces, in the order the user added them. */
    void insertAll(Owner owner, List<ReceivedFile> files, SignedInUser by, LocalDateTime at) {
        files.forEach(file -> insert(owner, file, by, at));
    }

    private void insert(Owner owner, ReceivedFile file, SignedInUser by, LocalDateTime at) {
        long id = dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.PROGRESS_UPDATE_ID, owner.progressUpdateId())
                .set(ATTACHMENT.ANSWER_ID, owner.answerId())
                .set(ATTACHMENT.FILE_NAME, file.fileName())
                .set(ATTACHMENT.CONTENT_TYPE, file.contentType())
                .set(ATTACHMENT.SIZE_BYTES, file.size())
                .set(ATTACHMENT.UPLOADED_BY, by.id())
                .set(ATTACHMENT.UPLOADED_AT, at)
                .returningResult(ATTACHMENT.ID)
                .fetchOne(ATTACHMENT.ID);
        long written = 0;
        byte[] buffer = new byte[CHUNK_BYTES];
        try (InputStream in = file.open()) {
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                dsl.insertInto(ATTACHMENT_CHUNK)
                        .set(ATTACHMENT_CHUNK.ATTACHMENT_ID, id)
                        .set(ATTACHMENT_CHUNK.SEQ, seq++)
                        .set(ATTACHMENT_CHUNK.DATA, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read))
                        .execute();
                written += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the staged file " + file, e);
        }
        if (written != file.size()) {
            throw new IllegalStateException("The staged file " + file + " changed on disk: " + written + " bytes read");
        }
    }
}
