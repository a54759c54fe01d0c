package vn.petitionboard.petition;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the petition list as .xlsx while the rows stream in: SXSSF keeps a window of rows in memory and spills the
 * rest to a temporary file, so a large list is never held twice.
 */
final class PetitionListExcel implements AutoCloseable {

    private static final int COLUMNS = ExcelLabels.COLUMNS.size();
    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final Function<PetitionState, String> stateName;
    private int next;

    PetitionListExcel(ExcelLabels labels) {
        this.stateName = labels.stateName();
        sheet = workbook.createSheet(labels.sheetName());
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row header = sheet.createRow(next++);
        for (int i = 0; i < COLUMNS; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(labels.headers().get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {14, 50, 24, 26, 16, 12, 14, 40, 80, 40};
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    void add(PetitionExportRow export) {
        PetitionListRow row = export.row();
        Row line = sheet.createRow(next++);
        line.createCell(0).setCellValue(row.code());
        line.createCell(1).setCellValue(row.title());
        line.createCell(2).setCellValue(row.domain());
        line.createCell(3).setCellValue(row.department() == null ? "" : row.department());
        line.createCell(4).setCellValue(stateName.apply(row.state()));
        date(line, 5, row.deadline());
        date(line, 6, row.conferenceDate());
        line.createCell(7).setCellValue(row.conferenceTitle());
        line.createCell(8).setCellValue(export.content());
        line.createCell(9).setCellValue(export.requesters() == null ? "" : export.requesters());
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
