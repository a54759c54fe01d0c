package vn.petitionboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.xlsx.PrintedSheet;
import vn.petitionboard.petition.PetitionState;

/**
 * The report as a workbook for people who sort and filter: one sheet of petitions, one of counts per domain and
 * state. Vietnamese headers in bold, dates as real Excel dates shown dd/mm/yyyy. Both sheets print on A4 landscape,
 * one page wide (see {@link PrintedSheet}): the columns are as narrow as their text allows, so that the fourteen
 * columns still print at about two thirds of their size, and long text wraps onto more lines.
 */
final class ReportXlsx {

    static final String PETITIONS_SHEET = "Kiến nghị";
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String DATE_FORMAT = "dd/mm/yyyy";

    private static final String[] HEADERS = {"STT", "Mã số", "Hội nghị năm", "Tên kiến nghị", "Nội dung",
            "Lĩnh vực", "Người kiến nghị", "Bộ phận chủ trì", "Tình trạng", "Kết quả giải quyết / tiến độ",
            "Ngày tiếp nhận", "Hạn xử lý", "Ngày trả lời", "Ngày giải quyết"};
    /** Column widths in characters: a code or a date on one line, the year's header on two. */
    private static final int[] WIDTHS = {5, 13, 8, 22, 40, 14, 18, 16, 12, 36, 11, 11, 11, 11};
    private static final String PAGE = "Trang";

    private final ConferenceReport report;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle bold;

    ReportXlsx(ConferenceReport report) {
        this.report = report;
        Font headerFont = book.createFont();
        headerFont.setFontName(DocxLayout.FONT);
        headerFont.setBold(true);
        Font plainFont = book.createFont();
        plainFont.setFontName(DocxLayout.FONT);
        header = bordered(headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(plainFont);
        text.setWrapText(true);
        number = bordered(plainFont);
        number.setAlignment(HorizontalAlignment.CENTER);
        date = bordered(plainFont);
        date.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
        date.setAlignment(HorizontalAlignment.CENTER);
        bold = bordered(headerFont);
        bold.setWrapText(true);
    }

    private CellStyle bordered(Font font) {
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    void write(OutputStream out) throws IOException {
        try (book) {
            petitions();
            summary();
            book.write(out);
        }
    }

    private void petitions() {
        Sheet sheet = book.createSheet(PETITIONS_SHEET);
        PrintedSheet printed = PrintedSheet.setUp(sheet, printTitle("Danh sách kiến nghị"), PAGE);
        Row head = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            cell(head, i, HEADERS[i], header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        printed.fitHeight(head);
        sheet.createFreezePane(0, 1);
        int n = 1;
        for (ReportRow r : report.rows()) {
            Row row = sheet.createRow(n);
            Cell seq = row.createCell(0);
            seq.setCellValue(n);
            seq.setCellStyle(number);
            cell(row, 1, r.code(), text);
            Cell year = row.createCell(2);
            year.setCellValue(r.conferenceYear());
            year.setCellStyle(number);
            cell(row, 3, r.title(), text);
            cell(row, 4, r.content(), text);
            cell(row, 5, r.domainName(), text);
            cell(row, 6, r.fromLowerUnit() ? ReportWording.fromLowerUnit(r.delegates(), r.origin()) : r.delegates(),
                    text);
            cell(row, 7, r.departmentName(), text);
            cell(row, 8, ReportWording.state(r.state()), text);
            cell(row, 9, r.outcome(), text);
            date(row, 10, r.receivedOn());
            date(row, 11, r.deadline());
            date(row, 12, r.answeredOn());
            date(row, 13, r.resolvedOn());
            printed.fitHeight(row);
            n++;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, HEADERS.length - 1));
    }

    /** "Danh sách kiến nghị · Kết quả giải quyết kiến nghị tại hội nghị đối thoại năm 2020 · tính đến 02/12/2026". */
    private String printTitle(String what) {
        return what + " · " + ReportWording.subject(report.heading()) + " · tính đến " + Formats.date(report.asOf());
    }

    private void summary() {
        Sheet sheet = book.createSheet(SUMMARY_SHEET);
        PrintedSheet printed = PrintedSheet.setUp(sheet, printTitle("Tổng hợp theo lĩnh vực"), PAGE);
        PetitionState[] states = PetitionState.COUNTED.toArray(PetitionState[]::new);
        Row head = sheet.createRow(0);
        cell(head, 0, "Lĩnh vực", header);
        sheet.setColumnWidth(0, 30 * 256);
        for (int i = 0; i < states.length; i++) {
            cell(head, i + 1, ReportWording.state(states[i]), header);
            sheet.setColumnWidth(i + 1, 16 * 256);
        }
        cell(head, states.length + 1, ReportWording.TOTAL, header);
        sheet.setColumnWidth(states.length + 1, 12 * 256);
        printed.fitHeight(head);
        int n = 1;
        for (ReportSummary.Line line : report.summary().lines()) {
            printed.fitHeight(summaryRow(sheet.createRow(n++), line, text));
        }
        printed.fitHeight(summaryRow(sheet.createRow(n), report.summary().total(), bold));
    }

    private Row summaryRow(Row row, ReportSummary.Line line, CellStyle labelStyle) {
        cell(row, 0, line.domainName(), labelStyle);
        PetitionState[] states = PetitionState.COUNTED.toArray(PetitionState[]::new);
        for (int i = 0; i < states.length; i++) {
            Cell c = row.createCell(i + 1);
            c.setCellValue(line.count(states[i]));
            c.setCellStyle(number);
        }
        Cell total = row.createCell(states.length + 1);
        total.setCellValue(line.total());
        total.setCellStyle(number);
        return row;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(date);
    }
}
