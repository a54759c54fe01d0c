package vn.petitionboard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.petitionboard.petition.ImportColumn;

/**
 * Import files written by POI in the tests, streamed (SXSSF) so that 100,000 rows take little memory. A cell value is
 * text, a number, a LocalDate (a date cell), a {@link Formula}, or null for an empty cell.
 */
public final class ImportFiles {

    /** A formula cell, e.g. new Formula("TODAY()"). */
    public record Formula(String expression) {
    }

    private ImportFiles() {
    }

    public static List<Object> headers() {
        return new ArrayList<>(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
    }

    /** One row in the template's order: code, title, content, domain, delegate, received, department, deadline. */
    public static List<Object> row(Object code, Object title, Object content, Object domain, Object delegate,
            Object received, Object department, Object deadline) {
        return new ArrayList<>(Arrays.asList(code, title, content, domain, delegate, received, department, deadline));
    }

    /** A good row that differs from every other by n. */
    public static List<Object> goodRow(String prefix, int n) {
        return row(prefix + "-" + n, null, "Kiến nghị số " + n + " của tệp " + prefix
                + ": đề nghị sửa đường ngõ " + n + " bị hỏng sau mưa lớn.", "Môi trường", "Cử tri " + prefix + " " + (n % 7),
                LocalDate.of(2020, 10, 1 + n % 28), null, null);
    }

    /** The headers, then the rows. */
    public static byte[] withHeaders(List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(headers());
        all.addAll(rows);
        return xlsx(all, List.of());
    }

    /** Headers and count generated good rows. */
    public static byte[] generated(String prefix, int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            rows.add(goodRow(prefix, n));
        }
        return withHeaders(rows);
    }

    /** Exactly these rows from row 1, with these merged ranges ("A2:B2"). */
    public static byte[] xlsx(List<List<Object>> rows, List<String> merged) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Kiến nghị");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c), date);
                }
            }
            merged.forEach(range -> sheet.addMergedRegion(CellRangeAddress.valueOf(range)));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value, CellStyle date) {
        switch (value) {
            case null -> cell.setBlank();
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case Formula formula -> cell.setCellFormula(formula.expression());
            default -> cell.setCellValue(value.toString());
        }
    }
}
