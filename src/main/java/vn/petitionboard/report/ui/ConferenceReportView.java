package vn.petitionboard.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.report.ConferenceOption;
import vn.petitionboard.report.ConferenceReport;
import vn.petitionboard.report.ConferenceReportService;
import vn.petitionboard.report.ReportRow;
import vn.petitionboard.report.ReportSummary;
import vn.petitionboard.security.Permissions;

/**
 * The report the chair reads at next year's conference: pick a conference and an "as of" date, check the counts and
 * the rows on screen, then download the Word document (Decree 30 layout) or the spreadsheet.
 */
@Route("reports")
@Menu(order = 50, icon = "vaadin:file-text-o", title = "report.nav")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.FRONT_REVIEWER,
        Permissions.CLERK})
public class ConferenceReportView extends Main implements HasDynamicTitle {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ConferenceReportService reports;
    private final Select<ConferenceOption> conference = new Select<>();
    private final DatePicker asOf;
    private final Anchor docx = new Anchor();
    private final Anchor xlsx = new Anchor();
    private final H2 heading = new H2();
    private final Paragraph counts = new Paragraph();
    private final Grid<ReportSummary.Line> summary = new Grid<>();
    private final ReportRowsGrid rows = new ReportRowsGrid();
    private final Div content = new Div();
    private final Paragraph message = new Paragraph();

    public ConferenceReportView(ConferenceReportService reports) {
        this.reports = reports;
        addClassNames("list-view", "report-view");

        H1 title = new H1(getTranslation("report.title"));
        Paragraph hint = new Paragraph(getTranslation("report.hint"));
        hint.addClassName("list-hint");

        conference.setId("report-conference");
        conference.setLabel(getTranslation("report.conference"));
        conference.setItemLabelGenerator(c -> c.title() + " (" + Formats.date(c.heldOn()) + ")");
        conference.addClassName("report-conference");
        asOf = VietnameseDatePicker.create(getTranslation("report.asOf"));
        asOf.setId("report-as-of");
        asOf.setMax(reports.today());

        download(docx, "report-docx", "report.downloadDocx", VaadinIcon.FILE_TEXT_O);
        download(xlsx, "report-xlsx", "report.downloadXlsx", VaadinIcon.FILE_TABLE);
        Div toolbar = new Div(conference, asOf, docx, xlsx);
        toolbar.addClassName("report-toolbar");

        heading.addClassName("report-heading");
        heading.setId("report-heading");
        counts.addClassName("report-counts");
        buildSummary();
        H2 summaryTitle = new H2(getTranslation("report.summary"));
        H2 rowsTitle = new H2(getTranslation("report.details"));
        summaryTitle.addClassName("report-section");
        rowsTitle.addClassName("report-section");
        content.add(heading, counts, summaryTitle, summary, rowsTitle, rows);
        content.addClassName("report-content");
        message.setId("report-message");
        message.addClassName("list-hint");
        add(title, hint, toolbar, message, content);

        List<ConferenceOption> options = reports.conferences();
        conference.setItems(options);
        asOf.setValue(reports.today());
        if (!options.isEmpty()) {
            conference.setValue(options.getFirst());
        }
        conference.addValueChangeListener(e -> refresh());
        asOf.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void download(Anchor anchor, String id, String key, VaadinIcon icon) {
        anchor.setId(id);
        anchor.addClassName("report-download");
        anchor.add(icon.create(), new Span(getTranslation(key)));
    }

    private void buildSummary() {
        summary.setId("report-summary");
        summary.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        summary.setAllRowsVisible(true);
        // The total line has no domain: the view adds it with a null name (see refresh).
        summary.addColumn(l -> l.domainName() == null ? getTranslation("report.total") : l.domainName())
                .setHeader(getTranslation("report.domain"))
                .setAutoWidth(true).setFlexGrow(1);
        for (PetitionState state : PetitionState.COUNTED) {
            summary.addColumn(line -> blankIfZero(line.count(state))).setHeader(getTranslation("state." + state))
                    .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true);
        }
        summary.addColumn(ReportSummary.Line::total).setHeader(getTranslation("report.total"))
                .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true);
        summary.setPartNameGenerator(line -> line.domainName() == null ? "summary-total" : null);
    }

    private void refresh() {
        ConferenceOption chosen = conference.getValue();
        LocalDate date = asOf.getValue();
        Optional<ConferenceReport> report = chosen == null || date == null ? Optional.empty()
                : reports.report(chosen.id(), date);
        content.setVisible(report.isPresent());
        docx.setEnabled(report.isPresent());
        xlsx.setEnabled(report.isPresent());
        if (report.isEmpty()) {
            message.setText(getTranslation(conference.getListDataView().getItemCount() == 0
                    ? "report.noConference" : "report.pickDate"));
            message.setVisible(true);
            docx.removeHref();
            xlsx.removeHref();
            return;
        }
        message.setVisible(false);
        ConferenceReport r = report.get();
        heading.setText(getTranslation("report.heading", String.valueOf(r.heading().year()), Formats.date(date)));
        String lower = r.lowerUnitRows().isEmpty() ? ""
                : " · " + getTranslation("report.countsLower", r.lowerUnitRows().size());
        counts.setText(getTranslation("report.counts", r.conferenceRows().size(), r.earlierRows().size()) + lower);
        List<ReportSummary.Line> lines = new ArrayList<>(r.summary().lines());
        lines.add(new ReportSummary.Line(null, r.summary().total().counts()));
        summary.setItems(lines);
        rows.show(r.rows());
        String stem = "bao-cao-kien-nghi-" + r.heading().year() + "-den-" + date;
        docx.setHref(file(chosen.id(), date, reports::docx, stem + ".docx", DOCX), AttachmentType.DOWNLOAD);
        xlsx.setHref(file(chosen.id(), date, reports::xlsx, stem + ".xlsx", XLSX), AttachmentType.DOWNLOAD);
    }

    /** The file is made when the link is followed, by the service, which checks the user again. */
    private static DownloadHandler file(ConferenceId id, LocalDate date,
            BiFunction<ConferenceId, LocalDate, Optional<byte[]>> make, String name, String type) {
        return DownloadHandler.fromInputStream(event -> make.apply(id, date)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    private static String blankIfZero(int n) {
        return n == 0 ? "" : Integer.toString(n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · " + getTranslation("app.title");
    }
}
