package vn.petitionboard.base.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx file, read row by row from its XML (POI's event model): memory stays bounded by one row
 * and the shared strings, whatever the number of rows, and reading stops at once past the row limit. Each cell comes
 * with what a checker needs to refuse it: a formula, a date-formatted number, an error value; merged ranges are
 * reported after the rows (they follow the rows in the file).
 */
public final class StreamedSheet {

    /** What kind of value a cell holds. */
    public enum Kind { TEXT, NUMBER, DATE_NUMBER, BOOLEAN, ERROR }

    /** One non-empty cell: its 0-based column, kind, text (a number as Excel stores it) and whether a formula made it. */
    public record Cell(int column, Kind kind, String text, boolean formula) {

        public double number() {
            return Double.parseDouble(text);
        }
    }

    /** One row that has at least one cell, 1-based as Excel numbers it. */
    public record Row(int number, List<Cell> cells) {
    }

    /** Why a file could not be read as a sheet; the message key says it in the user's words. */
    public static final class Unreadable extends Exception {

        private final String messageKey;

        public Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Thrown by the reader when the row limit is passed, to stop the parser at once. */
    private static final class TooManyRows extends SAXException {
    }

    /** The outcome: false when the sheet had more rows than the limit (the rows seen up to it were handed on). */
    public record Outcome(boolean withinLimit, List<String> mergedRanges) {
    }

    private StreamedSheet() {
    }

    /**
     * Hands each row with content to the consumer in order; stops when a row numbered above maxRowNumber has content.
     * An .xls (Excel 97-2003), a CSV or any other file is refused with its own message key.
     */
    public static Outcome read(InputStream in, int maxRowNumber, Consumer<Row> rows) throws Unreadable, IOException {
        InputStream stream = FileMagic.prepareToCheckMagic(in);
        FileMagic magic = FileMagic.valueOf(stream);
        if (magic == FileMagic.OLE2) {
            throw new Unreadable("import.file.xls", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new Unreadable("import.file.notXlsx", null);
        }
        try (OPCPackage pkg = OPCPackage.open(stream)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("import.file.noSheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                SheetHandler handler = new SheetHandler(strings, styles, maxRowNumber, rows);
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(handler);
                try {
                    parser.parse(new InputSource(sheet));
                } catch (TooManyRows e) {
                    return new Outcome(false, handler.merged);
                }
                return new Outcome(true, handler.merged);
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new Unreadable("import.file.damaged", e);
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRowNumber;
        private final Consumer<Row> rows;
        private final List<String> merged = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRowNumber, Consumer<Row> rows) {
            this.strings = strings;
            this.styles = styles;
            this.maxRowNumber = maxRowNumber;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                case "mergeCell" -> merged.add(attributes.getValue("ref"));
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> addCell();
                case "row" -> endRow();
                default -> { }
            }
        }

        private void addCell() {
            String raw = value.toString();
            if (raw.isEmpty() && !formula) {
                return;
            }
            Kind kind;
            String text = raw;
            switch (type == null ? "n" : type) {
                case "s" -> {
                    kind = Kind.TEXT;
                    text = raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                }
                case "inlineStr", "str" -> kind = Kind.TEXT;
                case "b" -> kind = Kind.BOOLEAN;
                case "e" -> kind = Kind.ERROR;
                default -> kind = isDateStyle() ? Kind.DATE_NUMBER : Kind.NUMBER;
            }
            cells.add(new Cell(column, kind, text, formula));
        }

        private boolean isDateStyle() {
            if (style == null) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        private void endRow() throws SAXException {
            if (cells.isEmpty()) {
                return;
            }
            if (rowNumber > maxRowNumber) {
                throw new TooManyRows();
            }
            rows.accept(new Row(rowNumber, List.copyOf(cells)));
        }
    }
}
