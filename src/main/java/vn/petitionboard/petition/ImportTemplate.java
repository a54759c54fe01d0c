package vn.petitionboard.petition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: sheet "Kiến nghị" with the headers of {@link ImportColumn} and one sample row, and a hidden
 * sheet "Danh mục" listing the active domains and the unit's departments, which the domain and department columns
 * offer as drop-down lists (a list typed into the validation itself is limited to 255 characters).
 */
final class ImportTemplate {

    static final String SHEET = "Kiến nghị";
    static final String LISTS = "Danh mục";
    private static final int[] WIDTHS = {16, 30, 60, 24, 26, 14, 28, 16};

    private ImportTemplate() {
    }

    static byte[] write(List<String> domains, List<String> departments) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            header(book, sheet);
            sample(book, sheet, domains, departments);
            Sheet lists = book.createSheet(LISTS);
            fill(lists, 0, domains);
            fill(lists, 1, departments);
            book.setSheetHidden(book.getSheetIndex(lists), true);
            dropDown(sheet, ImportColumn.DOMAIN, 'A', domains.size());
            dropDown(sheet, ImportColumn.DEPARTMENT, 'B', departments.size());
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFWorkbook book, Sheet sheet) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (ImportColumn column : ImportColumn.values()) {
            var cell = row.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256);
        }
    }

    private static void sample(XSSFWorkbook book, Sheet sheet, List<String> domains, List<String> departments) {
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        Row row = sheet.createRow(1);
        row.createCell(ImportColumn.CODE.ordinal()).setCellValue("TX-2024-001");
        row.createCell(ImportColumn.TITLE.ordinal()).setCellValue("Sửa đèn chiếu sáng ngõ 12");
        row.createCell(ImportColumn.CONTENT.ordinal()).setCellValue(
                "Đề nghị sửa đèn chiếu sáng ngõ 12 đã hỏng hơn một tháng, buổi tối đi lại không an toàn.");
        row.createCell(ImportColumn.DOMAIN.ordinal()).setCellValue(domains.isEmpty() ? "" : domains.getFirst());
        row.createCell(ImportColumn.DELEGATE.ordinal()).setCellValue("Nguyễn Văn An");
        var received = row.createCell(ImportColumn.RECEIVED_ON.ordinal());
        received.setCellValue(LocalDate.of(2024, 3, 15));
        received.setCellStyle(date);
        if (!departments.isEmpty()) {
            row.createCell(ImportColumn.DEPARTMENT.ordinal()).setCellValue(departments.getFirst());
            var deadline = row.createCell(ImportColumn.DEADLINE.ordinal());
            deadline.setCellValue(LocalDate.of(2024, 4, 15));
            deadline.setCellStyle(date);
        }
    }

    private static void fill(Sheet lists, int column, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(column).setCellValue(names.get(i));
        }
    }

    private static void dropDown(Sheet sheet, ImportColumn column, char listColumn, int size) {
        if (size == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createFormulaListConstraint(
                "'" + LISTS + "'!$" + listColumn + "$1:$" + listColumn + "$" + size);
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1,
                PetitionImportService.MAX_ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), "Hãy chọn trong danh sách.");
        sheet.addValidationData(validation);
    }
}
