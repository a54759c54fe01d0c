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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.petitionboard.petition.PetitionState;

/**
 * The report as a workbook for people who sort and filter: one sheet of petitions, one of counts per domain and
 * state. Vietnamese headers in bold, dates as real Excel dates shown dd/mm/yyyy, columns wide enough to read.
 */
final class ReportXlsx {

    static final String PETITIONS_SHEET = "Kiến nghị";
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String DATE_FORMAT = "dd/mm/yyyy";

    private static final String[] HEADERS = {"STT", "Mã số", "Hội nghị năm", "Tên kiến nghị", "Nội dung",
            "Lĩnh vực", "Người kiến nghị", "Bộ phận chủ trì", "Tình trạng", "Kết quả giải quyết / tiến độ",
            "Ngày tiếp nhận", "Hạn xử lý", "Ngày trả lời", "Ngày giải quyết"};
    /** Column widths in characters. */
    private static final int[] WIDTHS = {6, 14, 12, 36, 60, 22, 28, 28, 16, 60, 14, 14, 14, 14};

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
        Row head = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            cell(head, i, HEADERS[i], header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
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
            cell(row, 6, r.delegates(), text);
            cell(row, 7, r.departmentName(), text);
            cell(row, 8, ReportWording.state(r.state()), text);
            cell(row, 9, r.outcome(), text);
            date(row, 10, r.receivedOn());
            date(row, 11, r.deadline());
            date(row, 12, r.answeredOn());
            date(row, 13, r.resolvedOn());
            n++;
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, n - 1), 0,
                HEADERS.length - 1));
    }

    private void summary() {
        Sheet sheet = book.createSheet(SUMMARY_SHEET);
        PetitionState[] states = PetitionState.values();
        Row head = sheet.createRow(0);
        cell(head, 0, "Lĩnh vực", header);
        sheet.setColumnWidth(0, 30 * 256);
        for (int i = 0; i < states.length; i++) {
            cell(head, i + 1, ReportWording.state(states[i]), header);
            sheet.setColumnWidth(i + 1, 16 * 256);
        }
        cell(head, states.length + 1, ReportWording.TOTAL, header);
        sheet.setColumnWidth(states.length + 1, 12 * 256);
        int n = 1;
        for (ReportSummary.Line line : report.summary().lines()) {
            summaryRow(sheet.createRow(n++), line, text);
        }
        summaryRow(sheet.createRow(n), report.summary().total(), bold);
    }

    private void summaryRow(Row row, ReportSummary.Line line, CellStyle labelStyle) {
        cell(row, 0, line.domainName(), labelStyle);
        PetitionState[] states = PetitionState.values();
        for (int i = 0; i < states.length; i++) {
            Cell c = row.createCell(i + 1);
            c.setCellValue(line.count(states[i]));
            c.setCellStyle(number);
        }
        Cell total = row.createCell(states.length + 1);
        total.setCellValue(line.total());
        total.setCellStyle(number);
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
