package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.Attachments;
import vn.petitionboard.petition.attachment.ReceivedFile;
import vn.petitionboard.petition.attachment.Reception;

/**
 * The files of a step (a progress report, an answer). A file the browser or the server refuses keeps its message under the upload until
 * the user removes it (✕) or skips it, and the report is not saved while one is listed or a file is still on its way:
 * a refusal never disappears into a save without the file. A file removed with ✕ is deleted from the server's staging
 * area at once and never reaches the report; closing the dialog deletes whatever is left there.
 */
final class AttachmentField extends Div {

    private final Upload upload;
    private final AttachmentUploadHandler handler;
    private final List<ReceivedFile> files = new ArrayList<>();
    /** Refused files by name, with the message shown for each. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    /** Files removed with ✕ while still uploading: their interrupted upload is what the user asked for. */
    private final Set<String> removedWhileUploading = new HashSet<>();
    private final Div problems = new Div();
    private boolean closed;

    AttachmentField(AttachmentStaging staging) {
        handler = new AttachmentUploadHandler(staging, this::received);
        upload = new Upload(handler);
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setAcceptedFileTypes(Attachments.acceptedFileTypes().toArray(String[]::new));
        upload.setI18n(i18n(this::getTranslation));
        upload.setId("field-attachments");
        upload.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));
        upload.getElement().addEventListener("file-remove", e -> removed(
                        e.getEventData().get("event.detail.file.name").asString(),
                        // undefined until the upload has ended
                        e.getEventData().path("event.detail.file.complete").asBoolean(false)))
                .addEventData("event.detail.file.name").addEventData("event.detail.file.complete");
        // A failure the server did not answer for (the connection broke, the session ended) still gets a message.
        upload.getElement().addEventListener("upload-error", e -> {
            String name = e.getEventData().get("event.detail.file.name").asString();
            if (!refused.containsKey(name)) {
                refuse(name, getTranslation("upload.failed", name));
            }
        }).addEventData("event.detail.file.name");

        Paragraph help = new Paragraph(getTranslation("field.attachments.help"));
        help.addClassName("field-help");
        problems.setId("attachment-problems");
        problems.addClassName("attachment-problems");
        problems.setVisible(false);
        addClassName("attachment-field");
        add(upload, help, problems);
    }

    /** The files to send with the report, in the order they arrived. */
    List<ReceivedFile> files() {
        return List.copyOf(files);
    }

    /** Why the report must not be saved yet, as the message to show; empty when it may. */
    Optional<String> notReady() {
        if (upload.isUploading()) {
            return Optional.of(getTranslation("upload.stillUploading"));
        }
        if (!refused.isEmpty()) {
            return Optional.of(getTranslation("upload.blocked", String.join(", ", refused.keySet())));
        }
        return Optional.empty();
    }

    /** The dialog is gone: its staged files will never be saved from here. */
    void close() {
        closed = true;
        files.forEach(ReceivedFile::discard);
        files.forEach(f -> handler.release(f.fileName()));
        files.clear();
    }

    /** Runs under the UI's lock, before the browser learns how its upload ended. */
    private void received(Reception reception) {
        if (closed || removedWhileUploading.remove(reception.fileName())) {
            if (reception instanceof Reception.Received received) {
                received.file().discard();
                handler.release(received.fileName());
            }
            return;
        }
        switch (reception) {
            case Reception.Received received -> {
                files.add(received.file());
                refused.remove(received.fileName()); // a retry that went through
                showProblems();
            }
            case Reception.Refused r -> refuse(r.fileName(), getTranslation(r.messageKey(), r.fileName()));
            case Reception.Interrupted i ->
                    refuse(i.fileName(), getTranslation("validation.attachment.interrupted", i.fileName()));
        }
    }

    private void removed(String fileName, boolean complete) {
        if (complete) {
            files.removeIf(f -> {
                if (!f.fileName().equals(fileName)) {
                    return false;
                }
                f.discard();
                handler.release(fileName);
                return true;
            });
        } else if (refused.remove(fileName) == null) {
            removedWhileUploading.add(fileName);
        }
        showProblems();
    }

    private void refuse(String fileName, String message) {
        refused.put(fileName, message.contains(fileName) ? message
                : getTranslation("upload.problem", fileName, message));
        showProblems();
    }

    private void showProblems() {
        problems.removeAll();
        refused.forEach((name, message) -> {
            Span text = new Span(message);
            text.addClassName("attachment-problem-text");
            Button skip = new Button(getTranslation("upload.dismiss"), e -> {
                refused.remove(name);
                showProblems();
            });
            skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            skip.addClassName("attachment-dismiss");
            Div problem = new Div(text, skip);
            problem.addClassName("attachment-problem");
            problem.getElement().setAttribute("data-file", name);
            problems.add(problem);
        });
        problems.setVisible(!refused.isEmpty());
    }

    /** The upload's own words in the user's language; the import screen's upload uses them too. */
    static UploadI18N i18n(java.util.function.Function<String, String> getTranslation) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation.apply("upload.add"))
                .setMany(getTranslation.apply("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation.apply("upload.drop"))
                .setMany(getTranslation.apply("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation.apply("upload.tooBig"))
                .setIncorrectFileType(getTranslation.apply("upload.wrongType"))
                .setTooManyFiles(getTranslation.apply("upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation.apply("upload.status.connecting"))
                        .setStalled(getTranslation.apply("upload.status.stalled"))
                        .setProcessing(getTranslation.apply("upload.status.processing"))
                        .setHeld(getTranslation.apply("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation.apply("upload.remaining.prefix"))
                        .setUnknown(getTranslation.apply("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation.apply("upload.tooBig"))
                        .setForbidden(getTranslation.apply("upload.refused"))
                        .setServerUnavailable(getTranslation.apply("upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation.apply("upload.serverError"))));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation.apply("upload.file.retry"))
                .setStart(getTranslation.apply("upload.file.start")).setRemove(getTranslation.apply("upload.file.remove")));
        return i18n;
    }
}
