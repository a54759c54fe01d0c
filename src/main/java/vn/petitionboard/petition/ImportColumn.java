package vn.petitionboard.petition;

import org.apache.poi.ss.util.CellReference;

/**
 * The columns of the import template, in their order. The headers are the file's format, not the user's language: a
 * sheet is checked against these Vietnamese headers whatever language the clerk reads the app in.
 */
public enum ImportColumn {
    CODE("Mã kiến nghị"),
    TITLE("Tiêu đề"),
    CONTENT("Nội dung"),
    DOMAIN("Lĩnh vực"),
    DELEGATE("Người kiến nghị"),
    RECEIVED_ON("Ngày nhận"),
    DEPARTMENT("Bộ phận"),
    DEADLINE("Hạn giải quyết");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** The column's letter in the sheet: A for the first. */
    public String letter() {
        return CellReference.convertNumToColString(ordinal());
    }

    /** "C (Nội dung)", as an error names it. */
    public String label() {
        return letter() + " (" + header + ")";
    }
}
