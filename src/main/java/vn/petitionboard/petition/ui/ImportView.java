package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.petition.ImportCheck;
import vn.petitionboard.petition.ImportProblem;
import vn.petitionboard.petition.PetitionImportService;
import vn.petitionboard.security.Permissions;

/**
 * "Nhập từ Excel": the clerk downloads the template, chooses a conference and uploads a filled file. The file is
 * checked at once and its problems listed by row and column; the import button appears only for a file without
 * problems and imports it in one transaction. The app has no server push, so the work runs in a request of its own:
 * the first round trip shows the progress bar and disables the buttons, the browser's answer starts the work.
 */
@Route("conferences/import")
@RolesAllowed(Permissions.CLERK)
@Menu(order = 45, icon = "vaadin:upload", title = "nav.import")
public class ImportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CONFERENCE_PARAMETER = "conference";
    private static final int SKIPPED_SHOWN = 30;

    private final PetitionImportService imports;
    private final ComboBox<ConferenceSummary> conference = new ComboBox<>();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph skipped = new Paragraph();
    private final ImportProblemsGrid problems = new ImportProblemsGrid();
    private final Button run = new Button();

    private byte[] file;
    private String fileName;

    public ImportView(PetitionImportService imports, ConferenceService conferences) {
        this.imports = imports;
        addClassName("import-view");
        Anchor back = RouteLink.to("conferences", VaadinIcon.ARROW_LEFT.create(),
                new Span(getTranslation("capture.back")));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("import.title"));
        Paragraph help = new Paragraph(getTranslation("import.help", PetitionImportService.MAX_BYTES >> 20,
                PetitionImportService.MAX_ROWS));
        help.addClassName("import-help");
        help.setId("import-help");

        Anchor template = new Anchor(templateHandler(imports::template), "");
        template.setId("import-template");
        template.addClassName("import-template");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("import.template")));

        conference.setId("import-conference");
        conference.setLabel(getTranslation("import.conference"));
        conference.setPlaceholder(getTranslation("import.conference.placeholder"));
        conference.setItemLabelGenerator(c -> Formats.date(c.heldOn()) + " · " + c.title());
        conference.setItems(conferences.list(0, 500));
        conference.setRequiredIndicatorVisible(true);
        conference.addClassName("import-conference");
        conference.addValueChangeListener(e -> startCheck());

        upload = new Upload(this::receive);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PetitionImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        Button choose = new Button(getTranslation("import.upload"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(AttachmentField.i18n(this::getTranslation));

        progress.setIndeterminate(true);
        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        Div working = new Div(progressText, progress);
        working.addClassName("import-working");
        working.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.checking"));

        summary.setId("import-summary");
        summary.addClassName("import-summary");
        skipped.setId("import-skipped");
        skipped.addClassName("import-skipped");
        run.setId("import-run");
        run.addClassName("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setIcon(VaadinIcon.CHECK.create());
        run.setVisible(false);
        run.addClickListener(e -> startImport());
        Div top = new Div(conference, template);
        top.addClassName("import-top");
        add(back, title, help, top, upload, working, summary, skipped, run, problems);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CONFERENCE_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(id -> new ConferenceId(Long.parseLong(id)))
                .flatMap(id -> conference.getListDataView().getItems().filter(c -> c.id().equals(id)).findFirst())
                .ifPresent(conference::setValue);
    }

    /** Runs on the upload request's thread; the bytes are handed to the view under its lock. */
    private void receive(UploadEvent event) {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) PetitionImportService.MAX_BYTES + 1);
        } catch (IOException e) {
            event.reject("import.file.damaged");
            return;
        }
        String name = event.getFileName();
        try {
            event.getUI().access(() -> {
                file = bytes;
                fileName = name;
                upload.clearFileList();
                startCheck();
            });
        } catch (UIDetachedException e) {
            // The page was left while the file came in.
        }
    }

    private void startCheck() {
        if (file == null) {
            return;
        }
        if (conference.getValue() == null) {
            show(getTranslation("import.chooseConference"), List.of(), null);
            return;
        }
        working(getTranslation("import.checking"), () -> imports.check(conference.getValue().id(), file));
    }

    private void startImport() {
        working(getTranslation("import.importing"), () -> imports.importFile(conference.getValue().id(), file));
    }

    /**
     * Shows the bar and disables the controls in this round trip; the browser's reply to a no-op starts the work in the
     * next, so the clerk sees the bar while it runs.
     */
    private void working(String text, Supplier<ImportCheck> work) {
        progressText.setText(text);
        progress.getElement().setAttribute("aria-label", text);
        progress.getParent().ifPresent(p -> p.setVisible(true));
        setControlsEnabled(false);
        getElement().executeJs("return 0").then(ignored -> {
            try {
                shown(work.get());
                // On a phone the help text pushes the outcome below the fold.
                summary.scrollIntoView();
            } finally {
                progress.getParent().ifPresent(p -> p.setVisible(false));
                setControlsEnabled(true);
            }
        });
    }

    private void setControlsEnabled(boolean enabled) {
        conference.setEnabled(enabled);
        upload.setEnabled(enabled);
        run.setEnabled(enabled);
    }

    private void shown(ImportCheck check) {
        if (check.imported()) {
            file = null;
            show(getTranslation("import.done", check.newRows(), check.alreadyThere().size()), List.of(), null);
            skipped.setText(alreadyThere(check));
            return;
        }
        String text;
        if (!check.ok()) {
            text = getTranslation("import.summary.problems", fileName, check.problemCount());
            if (check.problemCount() > check.problems().size()) {
                text += " " + getTranslation("import.summary.more", check.problems().size());
            }
        } else if (check.newRows() == 0) {
            text = getTranslation("import.summary.nothingNew", fileName, check.rows());
        } else {
            text = getTranslation("import.summary.ok", fileName, check.rows(), check.newRows(),
                    check.alreadyThere().size());
        }
        show(text, check.problems(), check.ok() && check.newRows() > 0 ? check.newRows() : null);
        skipped.setText(alreadyThere(check));
    }

    private void show(String text, List<ImportProblem> found, Integer importable) {
        summary.setText(text);
        summary.getElement().setAttribute("data-state", found.isEmpty() ? "ok" : "problems");
        problems.show(found);
        run.setVisible(importable != null);
        if (importable != null) {
            run.setText(getTranslation("import.run", importable));
        }
        skipped.setText("");
    }

    private String alreadyThere(ImportCheck check) {
        if (check.alreadyThere().isEmpty()) {
            return "";
        }
        String rows = check.alreadyThere().stream().limit(SKIPPED_SHOWN).map(String::valueOf)
                .collect(Collectors.joining(", "));
        return getTranslation("import.alreadyThere", getTranslation("import.column.row").toLowerCase() + " " + rows
                + (check.alreadyThere().size() > SKIPPED_SHOWN ? "…" : ""));
    }

    private static DownloadHandler templateHandler(Supplier<byte[]> template) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = template.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mau-nhap-kien-nghi.xlsx", XLSX,
                    bytes.length);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
