package vn.petitionboard.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What a printed sheet must look like, read back from the file as Excel and LibreOffice read it. The row-height
 * check is independent of {@link PrintedSheet}'s estimate: it asks for at least the lines that narrow letters would
 * need, so an estimate that forgets wrapping, or a row left one line tall, fails it.
 */
public final class PrintChecks {

    /** Narrow letters: 0.42 em a letter, a 5 px cell padding, 96 dpi, a column-width unit of 7 px. */
    private static final double NARROW_LETTER_EM = 0.42;
    /** A line of 11 pt text needs at least 1.15 × 11 pt; Excel gives 15 pt. */
    private static final double MIN_LINE_SPACING = 1.15;

    private PrintChecks() {
    }

    public static void assertPrintsOnA4LandscapeOnePageWide(XSSFSheet sheet, String footer) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).as("%s: landscape", sheet.getSheetName()).isTrue();
        assertThat(print.getPaperSize()).as("%s: A4", sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).as("%s: fit to pages", sheet.getSheetName()).isTrue();
        assertThat(print.getFitWidth()).as("%s: one page wide", sheet.getSheetName()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("%s: any number of pages tall", sheet.getSheetName())
                .isEqualTo((short) 0);
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertThat(repeated).as("%s: repeated rows", sheet.getSheetName()).isNotNull();
        assertThat(repeated.getFirstRow()).as("%s: the header row on every page", sheet.getSheetName()).isZero();
        assertThat(repeated.getLastRow()).as("%s: only the header row repeats", sheet.getSheetName()).isZero();
        for (PageMargin side : new PageMargin[] {PageMargin.LEFT, PageMargin.RIGHT, PageMargin.TOP,
                PageMargin.BOTTOM}) {
            // Between 10 and 25 mm.
            assertThat(sheet.getMargin(side)).as("%s: %s margin in inches", sheet.getSheetName(), side)
                    .isBetween(0.39, 0.99);
        }
        assertThat(sheet.getMargin(PageMargin.HEADER)).isLessThan(sheet.getMargin(PageMargin.TOP));
        assertThat(sheet.isPrintGridlines()).as("%s: gridlines printed", sheet.getSheetName()).isTrue();
        assertThat(sheet.getFooter().getCenter()).as("%s: page numbers", sheet.getSheetName()).isEqualTo(footer);
        assertThat(sheet.getHeader().getCenter()).as("%s: a printed title", sheet.getSheetName()).isNotBlank();
    }

    /**
     * Every string cell of a wrapping style sits in a row that is either tall enough for the lines its text needs
     * at least, or has no fixed height and needs one line only. Returns how many rows were made taller, so that a
     * test can make sure it looked at long text.
     */
    public static int assertWrappedRowsTallEnough(XSSFSheet sheet) {
        int grown = 0;
        for (Row row : sheet) {
            boolean fixed = ((XSSFRow) row).getCTRow().isSetHt();
            int lines = 1;
            double fontPoints = 11;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                CellStyle style = cell.getCellStyle();
                assertThat(style.getWrapText()).as("%s!%s wraps", sheet.getSheetName(),
                        cell.getAddress()).isTrue();
                Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
                int needed = atLeastLines(cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex()),
                        font.getFontHeightInPoints());
                if (needed > lines) {
                    lines = needed;
                    fontPoints = font.getFontHeightInPoints();
                }
            }
            if (lines == 1) {
                continue;
            }
            assertThat(fixed).as("%s row %d (%d lines at least) has a height", sheet.getSheetName(),
                    row.getRowNum() + 1, lines).isTrue();
            assertThat(row.getHeightInPoints()).as("%s row %d: height for %d lines", sheet.getSheetName(),
                    row.getRowNum() + 1, lines).isGreaterThanOrEqualTo((float) (lines * MIN_LINE_SPACING * fontPoints));
            grown++;
        }
        return grown;
    }

    /** Letters laid end to end, however the words fall: a lower bound of the lines. */
    private static int atLeastLines(String text, int width, double fontPoints) {
        double linePx = width / 256.0 * 7 - 5;
        double letterPx = fontPoints * 96 / 72 * NARROW_LETTER_EM;
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * letterPx / linePx));
        }
        return lines;
    }
}
