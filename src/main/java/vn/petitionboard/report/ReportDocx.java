package vn.petitionboard.report;

import static vn.petitionboard.report.DocxLayout.BODY_SIZE;
import static vn.petitionboard.report.DocxLayout.FONT;
import static vn.petitionboard.report.DocxLayout.PORTRAIT_WIDTH;
import static vn.petitionboard.report.DocxLayout.TABLE_SIZE;
import static vn.petitionboard.report.DocxLayout.cell;
import static vn.petitionboard.report.DocxLayout.mm;
import static vn.petitionboard.report.DocxLayout.pageSetup;
import static vn.petitionboard.report.DocxLayout.table;
import static vn.petitionboard.report.DocxLayout.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.PetitionState;

/**
 * The report as a Word document laid out per Decree 30/2020/NĐ-CP (see {@link DocxLayout}): the letterhead, the
 * number and the place and date, "BÁO CÁO" and the subject, the body with its summary table, then recipients and
 * signature, which close the report. The detailed table is too wide for a portrait page, so the
 * {@link ReportAppendix} follows in a landscape A4 section of its own, with the same margins.
 */
final class ReportDocx {

    private final ConferenceReport report;
    private final ReportHeading heading;
    private final XWPFDocument doc = new XWPFDocument();

    ReportDocx(ConferenceReport report) {
        this.report = report;
        this.heading = report.heading();
    }

    void write(OutputStream out) throws IOException {
        try (doc) {
            defaultFont();
            ReportLetterhead.header(doc, report);
            title();
            intro();
            summaryTable();
            XWPFParagraph pointer = paragraph(ParagraphAlignment.BOTH, 0);
            pointer.setSpacingBefore(120);
            text(pointer, "Chi tiết kết quả giải quyết từng kiến nghị tại Phụ lục kèm theo.", BODY_SIZE, false, true);
            // The report's body closes with recipients and signature, as a signed document does; the appendix
            // follows on landscape pages of its own.
            closing();
            ReportLetterhead.signature(doc, heading);
            XWPFParagraph sectionEnd = paragraph(ParagraphAlignment.BOTH, 0);
            // Word needs a paragraph after the table to end the section; a 1 pt line, so that a signature reaching
            // the foot of the page does not push it onto a blank page of its own.
            sectionEnd.setSpacingBetween(1, LineSpacingRule.EXACT);
            var props = sectionEnd.getCTP().isSetPPr() ? sectionEnd.getCTP().getPPr() : sectionEnd.getCTP().addNewPPr();
            pageSetup(props.addNewSectPr(), false);
            ReportAppendix.write(doc, report);
            pageSetup(doc.getDocument().getBody().addNewSectPr(), true);
            doc.write(out);
        }
    }

    private void defaultFont() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private void title() {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, 0);
        title.setSpacingBefore(360);
        text(title, "BÁO CÁO", 14, true, false);
        XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER, 0);
        text(subject, ReportWording.subject(heading), 14, true, false);
        XWPFParagraph line = paragraph(ParagraphAlignment.CENTER, 0);
        line.setIndentationLeft(mm(62));
        line.setIndentationRight(mm(62));
        line.setBorderBottom(Borders.SINGLE);
        text(line, "", 2, false, false);
        paragraph(ParagraphAlignment.CENTER, 0);
    }

    private void intro() {
        List<ReportRow> own = report.conferenceRows();
        String unitInSentence = ReportWording.inSentence(heading.unitName());
        StringBuilder opening = new StringBuilder();
        if (heading.planNumber() != null) {
            opening.append("Thực hiện ").append(ReportWording.plan(heading.planNumber())).append(", ");
        }
        // One date in the sentence: the conference's, after what was held (a plan's own date may precede it).
        opening.append("Đảng ủy, UBND ").append(unitInSentence)
                .append(" đã tổ chức ").append(lowerFirst(heading.conferenceTitle())).append(" vào ")
                .append(ReportWording.longDate(heading.heldOn())).append(". Tại hội nghị, ")
                .append("các đại biểu đã nêu ").append(own.size()).append(" kiến nghị. UBND ")
                .append(unitInSentence).append(" báo cáo kết quả giải quyết các kiến nghị tính đến ngày ")
                .append(Formats.date(report.asOf())).append(" như sau:");
        body(opening.toString());

        heading2("1. Kết quả chung");
        body("Trong " + own.size() + " kiến nghị tại hội nghị: " + countsSentence(own) + ".");
        List<ReportRow> earlier = report.earlierRows();
        if (!earlier.isEmpty()) {
            body("Ngoài ra, còn " + earlier.size() + " kiến nghị từ các hội nghị trước chưa giải quyết xong, tiếp tục "
                    + "được theo dõi: " + countsSentence(earlier) + ".");
        }
        List<ReportRow> lower = report.lowerUnitRows();
        if (!lower.isEmpty()) {
            body("Các đơn vị cấp dưới đã chuyển lên " + lower.size() + " kiến nghị qua hệ thống (trong năm hoặc chưa "
                    + "giải quyết xong): " + countsSentence(lower) + ".");
        }
        heading2("2. Tổng hợp theo lĩnh vực và tình trạng giải quyết");
    }

    private static String countsSentence(List<ReportRow> rows) {
        StringBuilder text = new StringBuilder();
        for (PetitionState state : new PetitionState[] {PetitionState.RESOLVED, PetitionState.ANSWERED,
                PetitionState.IN_PROGRESS, PetitionState.ASSIGNED, PetitionState.ESCALATED, PetitionState.RECEIVED}) {
            long n = rows.stream().filter(r -> r.state() == state).count();
            if (n > 0) {
                text.append(text.isEmpty() ? "" : "; ").append(ReportWording.state(state).toLowerCase(
                        ReportWording.VIETNAMESE)).append(' ').append(n);
            }
        }
        return text.isEmpty() ? "không có kiến nghị nào" : text.toString();
    }

    private void summaryTable() {
        PetitionState[] states = PetitionState.COUNTED.toArray(PetitionState[]::new);
        int first = mm(44);
        int total = mm(17);
        int[] widths = new int[states.length + 2];
        widths[0] = first;
        for (int i = 0; i < states.length; i++) {
            widths[i + 1] = (PORTRAIT_WIDTH - first - total) / states.length;
        }
        widths[widths.length - 1] = total;
        XWPFTable table = table(doc, 1, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        cell(header.getCell(0), "Lĩnh vực", TABLE_SIZE, true, ParagraphAlignment.CENTER);
        for (int i = 0; i < states.length; i++) {
            cell(header.getCell(i + 1), ReportWording.state(states[i]), TABLE_SIZE, true, ParagraphAlignment.CENTER);
        }
        cell(header.getCell(widths.length - 1), ReportWording.TOTAL, TABLE_SIZE, true, ParagraphAlignment.CENTER);
        for (ReportSummary.Line line : report.summary().lines()) {
            summaryRow(table, line, false);
        }
        summaryRow(table, report.summary().total(), true);
    }

    private static void summaryRow(XWPFTable table, ReportSummary.Line line, boolean bold) {
        XWPFTableRow row = table.createRow();
        cell(row.getCell(0), line.domainName(), TABLE_SIZE, bold, ParagraphAlignment.LEFT);
        PetitionState[] states = PetitionState.COUNTED.toArray(PetitionState[]::new);
        for (int i = 0; i < states.length; i++) {
            int n = line.count(states[i]);
            cell(row.getCell(i + 1), n == 0 ? "-" : Integer.toString(n), TABLE_SIZE, bold, ParagraphAlignment.CENTER);
        }
        cell(row.getCell(states.length + 1), Integer.toString(line.total()), TABLE_SIZE, true,
                ParagraphAlignment.CENTER);
    }

    private void closing() {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 0);
        p.setSpacingBefore(240);
        p.setIndentationFirstLine(mm(10));
        p.setKeepNext(true);
        text(p, "Trên đây là báo cáo kết quả giải quyết kiến nghị tại hội nghị đối thoại năm " + heading.year()
                + " của UBND " + ReportWording.inSentence(heading.unitName()) + "./.", BODY_SIZE, false, false);
    }

    private void heading2(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120);
        p.setIndentationFirstLine(mm(10));
        text(p, text, BODY_SIZE, true, false);
    }

    private void body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120);
        p.setIndentationFirstLine(mm(10));
        text(p, text, BODY_SIZE, false, false);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int after) {
        return DocxLayout.paragraph(doc, alignment, after);
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(ReportWording.VIETNAMESE)
                + text.substring(1);
    }
}
