package vn.petitionboard.petition;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.petitionboard.base.xlsx.PrintedSheet;

/**
 * Writes the petition list as .xlsx while the rows stream in: SXSSF keeps a window of rows in memory and spills the
 * rest to a temporary file, so a large list is never held twice. It prints on A4 landscape, one page wide
 * ({@link PrintedSheet}); text wraps, and each row is given the height of its longest text as it is written, since
 * nothing computes one later.
 */
final class PetitionListExcel implements AutoCloseable {

    private static final int COLUMNS = ExcelLabels.COLUMNS.size();
    private static final int ROWS_IN_MEMORY = 200;
    /** Column widths in characters: narrow enough to print one page wide at about two thirds of their size. */
    private static final int[] WIDTHS = {12, 26, 14, 16, 12, 11, 11, 30, 46, 22};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final PrintedSheet printed;
    private final CellStyle textStyle;
    private final CellStyle dateStyle;
    private final Function<PetitionState, String> stateName;
    private int next;

    PetitionListExcel(ExcelLabels labels) {
        this.stateName = labels.stateName();
        sheet = workbook.createSheet(labels.sheetName());
        printed = PrintedSheet.setUp(sheet, labels.printTitle(), labels.pageWord());
        CellStyle headerStyle = wrapping();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        textStyle = wrapping();
        dateStyle = workbook.createCellStyle();
        dateStyle.setVerticalAlignment(VerticalAlignment.TOP);
        dateStyle.setAlignment(HorizontalAlignment.CENTER);
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Row header = sheet.createRow(next++);
        for (int i = 0; i < COLUMNS; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(labels.headers().get(i));
            cell.setCellStyle(headerStyle);
        }
        printed.fitHeight(header);
        sheet.createFreezePane(0, 1);
    }

    private CellStyle wrapping() {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    void add(PetitionExportRow export) {
        PetitionListRow row = export.row();
        Row line = sheet.createRow(next++);
        text(line, 0, row.code());
        text(line, 1, row.title());
        text(line, 2, row.domain());
        text(line, 3, row.department());
        text(line, 4, stateName.apply(row.state()));
        date(line, 5, row.deadline());
        date(line, 6, row.conferenceDate());
        text(line, 7, row.conferenceTitle());
        text(line, 8, export.content());
        text(line, 9, export.requesters());
        printed.fitHeight(line);
    }

    private void text(Row line, int column, String text) {
        var cell = line.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(textStyle);
    }

    private void date(Row line, int column, LocalDate date) {
        if (date != null) {
            var cell = line.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        }
    }

    void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes SXSSF's temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
