package vn.petitionboard.report;

import static vn.petitionboard.report.DocxLayout.PORTRAIT_WIDTH;
import static vn.petitionboard.report.DocxLayout.first;
import static vn.petitionboard.report.DocxLayout.mm;
import static vn.petitionboard.report.DocxLayout.nullToEmpty;
import static vn.petitionboard.report.DocxLayout.rule;
import static vn.petitionboard.report.DocxLayout.table;
import static vn.petitionboard.report.DocxLayout.text;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * What frames an administrative document per Decree 30: the issuing body beside the national title at the top, and
 * the recipients beside the signature at the end.
 */
final class ReportLetterhead {

    private ReportLetterhead() {
    }

    /** Issuing body | national title; number | place and date. A borderless two-column table keeps them level. */
    static void header(XWPFDocument doc, ConferenceReport report) {
        ReportHeading heading = report.heading();
        int left = mm(68);
        XWPFTable table = table(doc, 2, new int[] {left, PORTRAIT_WIDTH - left});
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

    /** "Nơi nhận:" and the list on the left; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", room to sign, the name on the right. */
    static void signature(XWPFDocument doc, ReportHeading heading) {
        // On the body's portrait page: 80 mm of recipients, the rest (85 mm) for "TM. ỦY BAN NHÂN DÂN" at 14 pt.
        int left = mm(80);
        XWPFTable table = table(doc, 1, new int[] {left, PORTRAIT_WIDTH - left});
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
}
