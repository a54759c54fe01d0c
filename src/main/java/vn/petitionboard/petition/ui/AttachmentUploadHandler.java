package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.Reception;

/**
 * The progress dialog's upload endpoint. Each file streams to the staging area with bounded memory and is checked
 * there; the answer tells the browser at once: 413 for a file over 10 MB (refused before its body is read when the
 * request declares its length), 422 for another refusal, 200 when the file is kept. The dialog then hears of the
 * file under the UI's lock, before the browser gets the answer, so its message is there when the user looks.
 * <p>
 * Runs on the request's thread without the UI's lock: the only state it shares with the dialog is the set of names
 * taken, so two files of one name cannot both be kept (a ✕ names its file by name only).
 */
final class AttachmentUploadHandler implements UploadHandler {

    private final transient AttachmentStaging staging;
    private final Consumer<Reception> onReception;
    private final Set<String> namesTaken = ConcurrentHashMap.newKeySet();

    AttachmentUploadHandler(AttachmentStaging staging, Consumer<Reception> onReception) {
        this.staging = staging;
        this.onReception = onReception;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        Reception reception = staging.receive(event.getFileName(), event.getFileSize(), event.getInputStream());
        if (reception instanceof Reception.Received received && !namesTaken.add(received.fileName())) {
            received.file().discard();
            reception = new Reception.Refused(received.fileName(), "validation.attachment.duplicate");
        }
        switch (reception) {
            case Reception.Refused refused -> event.reject(refused.messageKey());
            case Reception.Interrupted interrupted -> event.reject("validation.attachment.interrupted");
            case Reception.Received received -> { }
        }
        tell(event.getUI(), reception);
    }

    /** The file of this name is gone from the dialog (✕, or the dialog dropped it): the name is free again. */
    void release(String fileName) {
        namesTaken.remove(fileName);
    }

    @Override
    public void responseHandled(UploadResult result) {
        boolean tooLarge = result.exception() == null && result.rejectedFiles().stream()
                .anyMatch(f -> Reception.Refused.TOO_LARGE.equals(f.reason()));
        if (tooLarge) {
            result.response().setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
        } else {
            UploadHandler.super.responseHandled(result);
        }
    }

    private void tell(UI ui, Reception reception) {
        try {
            ui.access(() -> onReception.accept(reception));
        } catch (UIDetachedException e) {
            // The page was left while the file came in: nobody will save it.
            if (reception instanceof Reception.Received received) {
                received.file().discard();
            }
        }
    }
}
