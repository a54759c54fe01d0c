package vn.petitionboard.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Page and type per Decree 30/2020/NĐ-CP (công tác văn thư) — A4, margins top 20, bottom 20, left 30, right 15 mm,
 * Times New Roman — and the few Word building blocks the report is made of: paragraphs, runs, fixed-width tables.
 */
final class DocxLayout {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point: 210 × 297 mm. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;

    static final int BODY_SIZE = 14;
    static final int TABLE_SIZE = 12;
    static final int DETAIL_SIZE = 11;

    private DocxLayout() {
    }

    static void pageSetup(CTSectPr section, boolean landscape) {
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

    static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A table of fixed column widths (twips); new rows copy the first row's cells, widths included. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
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
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr props = cellProperties(cell);
        CTTblWidth w = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    static CTTcPr cellProperties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** A short solid line under a heading: an empty paragraph's bottom border, indented to the length wanted. */
    static void rule(XWPFTableCell cell, int indent) {
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

    static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    static void cell(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = first(cell, alignment);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        text(p, text, size, bold, false);
    }

    static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
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

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Millimetres to twentieths of a point (1 mm = 56.7 twips). */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
