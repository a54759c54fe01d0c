package vn.petitionboard.report;

import static vn.petitionboard.report.DocxLayout.DETAIL_SIZE;
import static vn.petitionboard.report.DocxLayout.LANDSCAPE_WIDTH;
import static vn.petitionboard.report.DocxLayout.cell;
import static vn.petitionboard.report.DocxLayout.cellProperties;
import static vn.petitionboard.report.DocxLayout.mm;
import static vn.petitionboard.report.DocxLayout.nullToEmpty;
import static vn.petitionboard.report.DocxLayout.paragraph;
import static vn.petitionboard.report.DocxLayout.table;
import static vn.petitionboard.report.DocxLayout.text;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.petitionboard.base.i18n.Formats;

/**
 * The appendix on its landscape pages: every petition of the conference, then those of earlier conferences still
 * open, one row each with what was asked, who handles it, how far it got and the dates that matter.
 */
final class ReportAppendix {

    private static final String[] HEADERS = {"STT", "Mã số", "Nội dung kiến nghị", "Người kiến nghị",
            "Lĩnh vực", "Bộ phận chủ trì", "Tình trạng", "Kết quả giải quyết / tiến độ", "Thời gian"};
    private static final int[] COLUMN_MM = {11, 25, 53, 24, 20, 21, 17, 47, 34};

    private ReportAppendix() {
    }

    static void write(XWPFDocument doc, ConferenceReport report) {
        ReportHeading heading = report.heading();
        XWPFParagraph appendix = paragraph(doc, ParagraphAlignment.CENTER, 0);
        text(appendix, "PHỤ LỤC", 14, true, false);
        XWPFParagraph what = paragraph(doc, ParagraphAlignment.CENTER, 0);
        text(what, "Danh sách kiến nghị và kết quả giải quyết đến ngày " + Formats.date(report.asOf()), 14, true,
                false);
        XWPFParagraph attached = paragraph(doc, ParagraphAlignment.CENTER, 120);
        text(attached, "(Kèm theo Báo cáo số        /BC-UBND " + ReportWording.longDate(report.issuedOn())
                + " của UBND " + ReportWording.inSentence(heading.unitName()) + ")", 13, false, true);

        int[] widths = new int[COLUMN_MM.length];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = mm(COLUMN_MM[i]);
            used += widths[i];
        }
        widths[widths.length - 1] = LANDSCAPE_WIDTH - used;
        XWPFTable table = table(doc, 1, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < HEADERS.length; i++) {
            cell(header.getCell(i), HEADERS[i], DETAIL_SIZE, true, ParagraphAlignment.CENTER);
        }
        List<ReportRow> own = report.conferenceRows();
        groupRow(table, "I. Kiến nghị tại hội nghị năm " + heading.year() + " (" + own.size() + ")");
        int n = 1;
        for (ReportRow row : own) {
            row(table, n++, row);
        }
        List<ReportRow> earlier = report.earlierRows();
        if (!earlier.isEmpty()) {
            groupRow(table, "II. Kiến nghị từ các hội nghị trước chưa giải quyết xong (" + earlier.size() + ")");
            n = 1;
            for (ReportRow row : earlier) {
                row(table, n++, row);
            }
        }
        List<ReportRow> lower = report.lowerUnitRows();
        if (!lower.isEmpty()) {
            groupRow(table, (earlier.isEmpty() ? "II" : "III") + ". Kiến nghị cấp dưới chuyển lên (" + lower.size()
                    + ")");
            n = 1;
            for (ReportRow row : lower) {
                row(table, n++, row);
            }
        }
    }

    private static void groupRow(XWPFTable table, String label) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        cellProperties(cell).addNewGridSpan().setVal(BigInteger.valueOf(COLUMN_MM.length));
        cell(cell, label, DETAIL_SIZE, true, ParagraphAlignment.LEFT);
    }

    private static void row(XWPFTable table, int number, ReportRow r) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        cell(row.getCell(0), Integer.toString(number), DETAIL_SIZE, false, ParagraphAlignment.CENTER);
        cell(row.getCell(1), r.code(), DETAIL_SIZE, false, ParagraphAlignment.CENTER);
        XWPFTableCell content = row.getCell(2);
        cell(content, r.title(), DETAIL_SIZE, true, ParagraphAlignment.LEFT);
        XWPFParagraph more = content.addParagraph();
        more.setSpacingAfter(0);
        text(more, r.content(), DETAIL_SIZE, false, false);
        cell(row.getCell(3), nullToEmpty(r.delegates()), DETAIL_SIZE, false, ParagraphAlignment.LEFT);
        cell(row.getCell(4), r.domainName(), DETAIL_SIZE, false, ParagraphAlignment.LEFT);
        cell(row.getCell(5), nullToEmpty(r.departmentName()), DETAIL_SIZE, false, ParagraphAlignment.LEFT);
        cell(row.getCell(6), ReportWording.state(r.state()), DETAIL_SIZE, false, ParagraphAlignment.CENTER);
        cell(row.getCell(7), r.outcome(), DETAIL_SIZE, false, ParagraphAlignment.LEFT);
        XWPFTableCell dates = row.getCell(8);
        cell(dates, "Nhận: " + Formats.date(r.receivedOn()), DETAIL_SIZE, false, ParagraphAlignment.LEFT);
        dateLine(dates, "Hạn: ", r.deadline());
        dateLine(dates, "Trả lời: ", r.answeredOn());
        dateLine(dates, "Giải quyết: ", r.resolvedOn());
    }

    private static void dateLine(XWPFTableCell cell, String label, LocalDate date) {
        if (date != null) {
            XWPFParagraph p = cell.addParagraph();
            p.setSpacingAfter(0);
            text(p, label + Formats.date(date), DETAIL_SIZE, false, false);
        }
    }
}
