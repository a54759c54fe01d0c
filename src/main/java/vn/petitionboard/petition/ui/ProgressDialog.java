package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.Attachments;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** The department reports how far it got, with a percentage and files (photos, letters) as evidence. */
final class ProgressDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final TextArea note = required("note",
            LimitedText.area(getTranslation("field.progressNote"), PetitionWorkflowService.NOTE_MAX));
    private final IntegerField percent = new IntegerField(getTranslation("field.percent"));
    /** Filled by the upload's requests, which do not hold the UI's lock. */
    private final List<PetitionCommands.Upload> files = Collections.synchronizedList(new ArrayList<>());

    ProgressDialog(PetitionRef petition, PetitionWorkflowService workflow, Runnable onDone, Runnable onReload) {
        super(Transition.REPORT_PROGRESS, petition, onDone, onReload);
        this.workflow = workflow;
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(10);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        percent.setRequiredIndicatorVisible(true);
        bind("percent", percent);
        Paragraph uploadHelp = new Paragraph(getTranslation("field.attachments.help"));
        uploadHelp.addClassName("field-help");
        fields(note, percent, upload(), uploadHelp);
    }

    /** The browser refuses what the service would refuse (size, count, type) before sending it. */
    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                files.add(new PetitionCommands.Upload(metadata.fileName(), bytes))));
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setAcceptedFileTypes(Attachments.acceptedFileTypes().toArray(String[]::new));
        upload.setI18n(uploadI18n());
        upload.setId("field-attachments");
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        return upload;
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add"))
                .setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig"))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("upload.tooMany")));
        return i18n;
    }

    @Override
    CommandResult send() {
        return workflow.reportProgress(new PetitionCommands.ReportProgress(petition.id(), petition.version(),
                note.getValue(), percent.getValue(), List.copyOf(files)));
    }
}
