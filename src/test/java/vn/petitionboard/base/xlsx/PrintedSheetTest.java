package vn.petitionboard.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The print set-up and the wrapped rows' heights, on a streamed workbook written and read back. */
class PrintedSheetTest {

    /** 20 units wide: 134 px, 19 letters of 11 pt Times New Roman (0.47 em), 21 of Calibri (0.43 em). */
    private static final int WIDTH = 20 * 256;

    @Test
    void text_wraps_at_word_boundaries_and_long_words_break() {
        int perLine = PrintedSheet.perLine(WIDTH, 11, PrintedSheet.letterEm("Times New Roman", false));
        assertThat(perLine).isEqualTo(19);
        assertThat(PrintedSheet.lines("Đất đai", perLine)).isEqualTo(1);
        assertThat(PrintedSheet.lines("aaaa bbbb cccc ddddd", perLine)).as("20 letters").isEqualTo(2);
        assertThat(PrintedSheet.lines("aaaa bbbb cccc dddd", perLine)).as("19 letters").isEqualTo(1);
        assertThat(PrintedSheet.lines("  aaaa   bbbb cccc dddd  ", perLine)).as("spaces at the ends").isEqualTo(1);
        assertThat(PrintedSheet.lines("x".repeat(40), perLine)).isEqualTo(3);
        assertThat(PrintedSheet.lines("aaaa " + "x".repeat(40), perLine)).isEqualTo(4);
        assertThat(PrintedSheet.lines("một\nhai\r\n\nbốn", perLine)).as("line breaks").isEqualTo(4);
        assertThat(PrintedSheet.lines("", perLine)).isEqualTo(1);
        assertThat(PrintedSheet.perLine(WIDTH, 11, PrintedSheet.letterEm("Times New Roman", true)))
                .as("bold is wider").isLessThan(perLine);
        assertThat(PrintedSheet.perLine(WIDTH, 14, PrintedSheet.letterEm("Times New Roman", false)))
                .as("bigger font").isLessThan(perLine);
        assertThat(PrintedSheet.perLine(WIDTH, 11, PrintedSheet.letterEm("Calibri", false)))
                .as("Calibri is narrower").isEqualTo(21);
    }

    @Test
    void a_streamed_sheet_prints_a4_landscape_one_page_wide_with_its_header_on_every_page() throws IOException {
        try (XSSFWorkbook book = written()) {
            XSSFSheet sheet = book.getSheetAt(0);
            PrintChecks.assertPrintsOnA4LandscapeOnePageWide(sheet, "Trang &P / &N");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("Đất đai && GCN");
        }
    }

    @Test
    void long_text_rows_grow_and_one_line_rows_keep_no_fixed_height() throws IOException {
        try (XSSFWorkbook book = written()) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(PrintChecks.assertWrappedRowsTallEnough(sheet)).isEqualTo(2);
            assertThat(sheet.getRow(1).getCTRow().isSetHt()).isFalse();
            assertThat(sheet.getRow(2).getHeightInPoints()).isGreaterThan(sheet.getRow(3).getHeightInPoints());
        }
    }

    private static XSSFWorkbook written() throws IOException {
        var out = new ByteArrayOutputStream();
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(2)) {
            SXSSFSheet sheet = streamed.createSheet("Kiến nghị");
            PrintedSheet printed = PrintedSheet.setUp(sheet, "Đất đai & GCN", "Trang");
            CellStyle wrap = streamed.createCellStyle();
            wrap.setWrapText(true);
            sheet.setColumnWidth(0, WIDTH);
            String[] texts = {"Nội dung", "Ngắn", "Cây xà cừ ở ngõ 88 nghiêng, có nguy cơ đổ khi mưa bão. ".repeat(6),
                    "Đề nghị nạo vét cống thoát nước ngõ 88 trước mùa bão."};
            for (int i = 0; i < texts.length; i++) {
                Row row = sheet.createRow(i);
                var cell = row.createCell(0);
                cell.setCellValue(texts[i]);
                cell.setCellStyle(wrap);
                printed.fitHeight(row);
            }
            streamed.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
