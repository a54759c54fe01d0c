package vn.petitionboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.PetitionState;

/**
 * The report as a Word document laid out per Decree 30/2020/NĐ-CP (công tác văn thư): A4, margins top 20, bottom 20,
 * left 30, right 15 mm, Times New Roman; the issuing body and the national title side by side, the number and the
 * place and date under them, "BÁO CÁO" and the subject, the body, then recipients and signature. The detailed table
 * is too wide for a portrait page, so it gets a landscape A4 section of its own, with the same margins.
 */
final class ReportDocx {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point: 210 × 297 mm. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);

    private static final int BODY_SIZE = 14;
    private static final int TABLE_SIZE = 12;
    private static final int DETAIL_SIZE = 11;
    private static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LANDSCAPE_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;

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
            header();
            title();
            intro();
            summaryTable();
            // The portrait section ends with this paragraph; the detailed table starts a landscape page.
            XWPFParagraph sectionEnd = paragraph(ParagraphAlignment.BOTH, 0);
            sectionEnd.setSpacingBefore(120);
            text(sectionEnd, "Chi tiết kết quả giải quyết từng kiến nghị tại Phụ lục kèm theo (trang sau).",
                    BODY_SIZE, false, true);
            var props = sectionEnd.getCTP().isSetPPr() ? sectionEnd.getCTP().getPPr() : sectionEnd.getCTP().addNewPPr();
            pageSetup(props.addNewSectPr(), false);
            detailTable();
            closing();
            signature();
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

    private static void pageSetup(CTSectPr section, boolean landscape) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Issuing body | national title; number | place and date. A borderless two-column table keeps them level. */
    private void header() {
        int left = mm(68);
        XWPFTable table = table(2, new int[] {left, PORTRAIT_WIDTH - left});
        table.removeBorders();

        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFParagraph parent = first(body, ParagraphAlignment.CENTER);
        text(parent, "UBND " + ReportWording.upper(heading.parentUnitName()), 13, false, false);
        XWPFParagraph unit = body.addParagraph();
        unit.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun unitRun = text(unit, "ỦY BAN NHÂN DÂN", 13, true, false);
        unitRun.addBreak();
        text(unit, ReportWording.upper(heading.unitName()), 13, true, false);
        rule(body, mm(22));

        XWPFTableCell nation = table.getRow(0).getCell(1);
        text(first(nation, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        XWPFParagraph motto = nation.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        text(motto, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        rule(nation, mm(20));

        text(first(table.getRow(1).getCell(0), ParagraphAlignment.CENTER), "Số:        /BC-UBND", 13, false, false);
        text(first(table.getRow(1).getCell(1), ParagraphAlignment.CENTER),
                ReportWording.placeName(heading.unitName()) + ", " + ReportWording.longDate(report.issuedOn()),
                14, false, true);
    }

    /** A short solid line under a heading: an empty paragraph's bottom border, indented to the length wanted. */
    private static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph line = cell.addParagraph();
        line.setIndentationLeft(indent);
        line.setIndentationRight(indent);
        line.setBorderBottom(Borders.SINGLE);
        line.setSpacingAfter(0);
        line.setSpacingBefore(0);
        line.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        XWPFRun run = line.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(2);
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
            opening.append("Thực hiện ").append(heading.planNumber()).append(", ");
        }
        opening.append(ReportWording.longDate(heading.heldOn())).append(", Đảng ủy, UBND ").append(unitInSentence)
                .append(" đã tổ chức ").append(lowerFirst(heading.conferenceTitle())).append(". Tại hội nghị, ")
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
        PetitionState[] states = PetitionState.values();
        int first = mm(44);
        int total = mm(17);
        int[] widths = new int[states.length + 2];
        widths[0] = first;
        for (int i = 0; i < states.length; i++) {
            widths[i + 1] = (PORTRAIT_WIDTH - first - total) / states.length;
        }
        widths[widths.length - 1] = total;
        XWPFTable table = table(1, widths);
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
        PetitionState[] states = PetitionState.values();
        for (int i = 0; i < states.length; i++) {
            int n = line.count(states[i]);
            cell(row.getCell(i + 1), n == 0 ? "-" : Integer.toString(n), TABLE_SIZE, bold, ParagraphAlignment.CENTER);
        }
        cell(row.getCell(states.length + 1), Integer.toString(line.total()), TABLE_SIZE, true,
                ParagraphAlignment.CENTER);
    }

    private static final String[] DETAIL_HEADERS = {"STT", "Mã số", "Nội dung kiến nghị", "Người kiến nghị",
            "Lĩnh vực", "Bộ phận chủ trì", "Tình trạng", "Kết quả giải quyết / tiến độ", "Thời gian"};
    private static final int[] DETAIL_MM = {11, 25, 53, 24, 20, 21, 17, 47, 34};

    private void detailTable() {
        XWPFParagraph appendix = paragraph(ParagraphAlignment.CENTER, 0);
        text(appendix, "PHỤ LỤC", 14, true, false);
        XWPFParagraph what = paragraph(ParagraphAlignment.CENTER, 0);
        text(what, "Danh sách kiến nghị và kết quả giải quyết đến ngày " + Formats.date(report.asOf()), 14, true,
                false);
        XWPFParagraph attached = paragraph(ParagraphAlignment.CENTER, 120);
        text(attached, "(Kèm theo Báo cáo số        /BC-UBND " + ReportWording.longDate(report.issuedOn())
                + " của UBND " + ReportWording.inSentence(heading.unitName()) + ")", 13, false, true);

        int[] widths = new int[DETAIL_MM.length];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = mm(DETAIL_MM[i]);
            used += widths[i];
        }
        widths[widths.length - 1] = LANDSCAPE_WIDTH - used;
        XWPFTable table = table(1, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < DETAIL_HEADERS.length; i++) {
            cell(header.getCell(i), DETAIL_HEADERS[i], DETAIL_SIZE, true, ParagraphAlignment.CENTER);
        }
        List<ReportRow> own = report.conferenceRows();
        groupRow(table, "I. Kiến nghị tại hội nghị năm " + heading.year() + " (" + own.size() + ")");
        int n = 1;
        for (ReportRow row : own) {
            detailRow(table, n++, row);
        }
        List<ReportRow> earlier = report.earlierRows();
        if (!earlier.isEmpty()) {
            groupRow(table, "II. Kiến nghị từ các hội nghị trước chưa giải quyết xong (" + earlier.size() + ")");
            n = 1;
            for (ReportRow row : earlier) {
                detailRow(table, n++, row);
            }
        }
    }

    private static void groupRow(XWPFTable table, String label) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        props.addNewGridSpan().setVal(BigInteger.valueOf(DETAIL_MM.length));
        cell(cell, label, DETAIL_SIZE, true, ParagraphAlignment.LEFT);
    }

    private static void detailRow(XWPFTable table, int number, ReportRow r) {
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

    private static void dateLine(XWPFTableCell cell, String label, java.time.LocalDate date) {
        if (date != null) {
            XWPFParagraph p = cell.addParagraph();
            p.setSpacingAfter(0);
            text(p, label + Formats.date(date), DETAIL_SIZE, false, false);
        }
    }

    private void closing() {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 0);
        p.setSpacingBefore(240);
        p.setIndentationFirstLine(mm(10));
        p.setKeepNext(true);
        text(p, "Trên đây là báo cáo kết quả giải quyết kiến nghị tại hội nghị đối thoại năm " + heading.year()
                + " của UBND " + ReportWording.inSentence(heading.unitName()) + "./.", BODY_SIZE, false, false);
    }

    /** "Nơi nhận:" and the list on the left; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", room to sign, the name on the right. */
    private void signature() {
        int left = mm(110);
        XWPFTable table = table(1, new int[] {left, LANDSCAPE_WIDTH - left});
        table.removeBorders();
        // Recipients and signature stay on one page, with the closing sentence before them.
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        text(first(recipients, ParagraphAlignment.LEFT), "Nơi nhận:", 12, true, true);
        String parent = heading.parentUnitName() == null ? null
                : "- UBND " + ReportWording.inSentence(heading.parentUnitName()) + " (để báo cáo);";
        for (String line : new String[] {"- Thường trực Đảng ủy phường;", "- Thường trực HĐND phường;",
                "- Ủy ban MTTQ Việt Nam phường;", parent, "- Các bộ phận chuyên môn;", "- Lưu: VT."}) {
            if (line != null) {
                XWPFParagraph p = recipients.addParagraph();
                p.setSpacingAfter(0);
                text(p, line, 11, false, false);
            }
        }
        XWPFTableCell sign = table.getRow(0).getCell(1);
        text(first(sign, ParagraphAlignment.CENTER), "TM. ỦY BAN NHÂN DÂN", 14, true, false);
        XWPFParagraph chair = sign.addParagraph();
        chair.setAlignment(ParagraphAlignment.CENTER);
        chair.setSpacingAfter(0);
        text(chair, "CHỦ TỊCH", 14, true, false);
        for (int i = 0; i < 4; i++) {
            XWPFParagraph space = sign.addParagraph();
            space.setSpacingAfter(0);
            text(space, "", 14, false, false);
        }
        XWPFParagraph name = sign.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        text(name, nullToEmpty(heading.chairName()), 14, true, false);
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
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private XWPFTable table(int rows, int[] widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        var props = table.getCTTbl().getTblPr();
        props.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var cellMargins = props.addNewTblCellMar();
        cellMargins.addNewTop().setW(BigInteger.valueOf(30));
        cellMargins.getTop().setType(STTblWidth.DXA);
        cellMargins.addNewBottom().setW(BigInteger.valueOf(30));
        cellMargins.getBottom().setType(STTblWidth.DXA);
        cellMargins.addNewLeft().setW(BigInteger.valueOf(85));
        cellMargins.getLeft().setType(STTblWidth.DXA);
        cellMargins.addNewRight().setW(BigInteger.valueOf(85));
        cellMargins.getRight().setType(STTblWidth.DXA);
        CTTblWidth total = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
        total.setType(STTblWidth.DXA);
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        total.setW(BigInteger.valueOf(sum));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                width(row.getCell(i), widths[i]);
            }
        }
        // New rows copy the first row's cells, widths included.
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = first(cell, alignment);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        text(p, text, size, bold, false);
    }

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(ReportWording.VIETNAMESE)
                + text.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Millimetres to twentieths of a point (1 mm = 56.7 twips). */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
