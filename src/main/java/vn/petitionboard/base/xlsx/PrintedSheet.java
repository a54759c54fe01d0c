package vn.petitionboard.base.xlsx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet the app writes comes out of a printer: A4 landscape, one page wide and as many pages tall as the
 * rows need, the header row (row 1) on every page, gridlines, the sheet's title at the top and "Trang 2 / 7" at the
 * foot.
 * <p>
 * Rows of wrapped text get a height that shows all of it. Neither LibreOffice (7.4, seen here) nor a streamed
 * workbook computes one: a row without a height is printed one line tall, its text cut or run into the next row. So
 * the height is estimated from the text's length, the column's width and the font, with wide letters and Excel's
 * line height (15 pt for 11 pt text) assumed: LibreOffice, whose lines are tighter, prints some air rather than a
 * cut line.
 */
public final class PrintedSheet {

    /** Margins in inches, as POI takes them: about 15 mm at the sides, 18 mm top and bottom, 8 mm for the title. */
    private static final double SIDE = 0.6;
    private static final double TOP_BOTTOM = 0.7;
    private static final double HEADER_FOOTER = 0.3;

    /** Pixels of a column-width unit (the width of a "0" in Calibri 11, the workbook's default font) at 96 dpi. */
    private static final double UNIT_PX = 7;
    /** Left and right padding inside a cell, in pixels. */
    private static final double CELL_PADDING_PX = 6;
    /**
     * An average letter's width in ems, on the wide side of what LibreOffice printed of the app's Vietnamese text in
     * Liberation Serif and Carlito, which have the widths of Times New Roman and Calibri: 0.46 and 0.40.
     */
    private static final double SERIF_LETTER_EM = 0.47;
    private static final double SANS_LETTER_EM = 0.43;
    private static final double BOLD_WIDER = 1.1;
    /** A line's height against the font size (Excel gives 11 pt text 15 pt lines), and a cell's own padding. */
    private static final double LINE_SPACING = 1.36;
    private static final double ROW_PADDING_PT = 3;
    /** Excel's tallest row. */
    private static final float MAX_ROW_PT = 409;

    private final Sheet sheet;
    /*
     * Read once per style and per column: POI reads a style's wrapping, its font and a column's width from XML
     * beans, which costs more than the estimate itself (30,000 rows of 10 cells).
     */
    private final Map<Short, Optional<Letters>> wrapping = new HashMap<>();
    private final Map<Integer, Integer> perLine = new HashMap<>();

    /** The font of a wrapping style. */
    private record Letters(double points, double em) {
    }

    private PrintedSheet(Sheet sheet) {
        this.sheet = sheet;
    }

    /**
     * Sets up printing: A4 landscape fitted to one page wide, row 1 repeated on every page, {@code title} at the top
     * of each page and "{@code pageWord} n / total" at the foot. Set the column widths before fitting a row's height.
     */
    public static PrintedSheet setUp(Sheet sheet, String title, String pageWord) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages tall as needed
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setPrintGridlines(true); // rows of wrapped text are told apart on paper too, with or without borders
        sheet.setMargin(PageMargin.LEFT, SIDE);
        sheet.setMargin(PageMargin.RIGHT, SIDE);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER);
        sheet.getHeader().setCenter(literal(title));
        sheet.getFooter().setCenter(literal(pageWord) + " &P / &N"); // page, number of pages
        return new PrintedSheet(sheet);
    }

    /**
     * Makes the row tall enough for the longest of its wrapped text cells; call it once the row's cells are filled.
     * A row whose text fits on one line keeps the sheet's default height.
     */
    public void fitHeight(Row row) {
        double tallest = 0;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            CellStyle style = cell.getCellStyle();
            Optional<Letters> wraps = wrapping.computeIfAbsent(style.getIndex(), index -> letters(style));
            if (wraps.isEmpty()) {
                continue;
            }
            Letters letters = wraps.get();
            int column = cell.getColumnIndex();
            int fits = perLine.computeIfAbsent(column << 16 | style.getIndex() & 0xffff,
                    key -> perLine(sheet.getColumnWidth(column), letters.points(), letters.em()));
            int lines = lines(cell.getStringCellValue(), fits);
            if (lines > 1) {
                tallest = Math.max(tallest, lines * LINE_SPACING * letters.points() + ROW_PADDING_PT);
            }
        }
        if (tallest > 0) {
            row.setHeightInPoints((float) Math.min(MAX_ROW_PT, Math.ceil(tallest)));
        }
    }

    private Optional<Letters> letters(CellStyle style) {
        if (!style.getWrapText()) {
            return Optional.empty();
        }
        Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
        return Optional.of(new Letters(font.getFontHeightInPoints(), letterEm(font.getFontName(), font.getBold())));
    }

    /** Times New Roman's letters are wider than Calibri's, Excel's default, which every other font is taken for. */
    static double letterEm(String fontName, boolean bold) {
        double em = "Times New Roman".equalsIgnoreCase(fontName) ? SERIF_LETTER_EM : SANS_LETTER_EM;
        return bold ? em * BOLD_WIDER : em;
    }

    /** How many letters {@code em} wide fit on a line of a column {@code width} (1/256 units) wide. */
    static int perLine(int width, double fontPoints, double em) {
        double textPx = width / 256.0 * UNIT_PX - CELL_PADDING_PX;
        double letterPx = fontPoints * 96 / 72 * em;
        return Math.max(1, (int) (textPx / letterPx));
    }

    /** How many lines {@code text} takes wrapped at spaces, {@code perLine} letters a line; long words break. */
    static int lines(String text, int perLine) {
        int lines = 1;
        int used = 0;
        int word = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (!Character.isWhitespace(c)) {
                word++;
                continue;
            }
            if (word > 0) {
                int needed = used == 0 ? word : used + 1 + word;
                if (needed <= perLine) {
                    used = needed;
                } else {
                    if (used > 0) {
                        lines++; // the word starts the next line
                    }
                    lines += (word - 1) / perLine; // a word longer than a line is broken
                    used = word - (word - 1) / perLine * perLine;
                }
                word = 0;
            }
            if (c == '\n') {
                lines++;
                used = 0;
            }
        }
        return lines;
    }

    /** Header and footer text treats "&" as the start of a code; a title's own "&" is written "&&". */
    private static String literal(String text) {
        return text.replace("&", "&&");
    }
}
