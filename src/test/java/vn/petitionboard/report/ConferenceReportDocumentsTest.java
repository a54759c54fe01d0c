package vn.petitionboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.xlsx.PrintChecks;

/** The demo 2020 report written as .docx and .xlsx, read back with POI as Word and Excel would read them. */
@IntegrationTest
@WithUserDetails("chutich")
class ConferenceReportDocumentsTest {

    /** 20 mm top and bottom, 30 mm left, 15 mm right, in twentieths of a point. */
    private static final long TOP = 1134;
    private static final long BOTTOM = 1134;
    private static final long LEFT = 1701;
    private static final long RIGHT = 850;
    /** A4 less the left and right margins, in twips: 210 − 45 mm upright, 297 − 45 mm on its side. */
    private static final long PORTRAIT_TEXT_WIDTH = 11906 - LEFT - RIGHT;
    private static final long LANDSCAPE_TEXT_WIDTH = 16838 - LEFT - RIGHT;

    @Autowired
    ConferenceReportService reports;

    @Test
    void the_docx_has_the_decree_30_header_title_and_subject() throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            XWPFTable header = doc.getTables().getFirst();
            String issuer = header.getRow(0).getCell(0).getText();
            String nation = header.getRow(0).getCell(1).getText();
            assertThat(issuer).startsWith("UBND QUẬN LONG BIÊN").contains("ỦY BAN NHÂN DÂN")
                    .contains("PHƯỜNG THƯỢNG THANH");
            assertThat(boldText(header.getRow(0).getCell(0))).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG THƯỢNG THANH")
                    .doesNotContain("UBND QUẬN LONG BIÊN");
            assertThat(nation).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(boldText(header.getRow(0).getCell(1))).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số:").endsWith("/BC-UBND");
            XWPFParagraph placeDate = header.getRow(1).getCell(1).getParagraphs().getFirst();
            assertThat(placeDate.getText()).isEqualTo("Thượng Thanh, " + ReportWording.longDate(reports.today()));
            assertThat(placeDate.getRuns()).allMatch(XWPFRun::isItalic);

            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int title = paragraphs.indexOf("BÁO CÁO");
            assertThat(title).as("BÁO CÁO paragraph").isNotNegative();
            assertThat(paragraphs.get(title + 1))
                    .isEqualTo("Kết quả giải quyết kiến nghị tại hội nghị đối thoại năm 2020");
            assertThat(doc.getParagraphs().get(title).getRuns().getFirst().isBold()).isTrue();
        }
    }

    @Test
    void the_docx_is_a4_with_the_decree_margins_and_the_detail_table_on_a_landscape_page() throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());

            assertThat(sections).hasSize(2);
            CTSectPr portrait = sections.get(0);
            assertThat(twips(portrait.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(portrait.getPgSz().getH())).isEqualTo(16838);
            CTSectPr landscape = sections.get(1);
            assertThat(twips(landscape.getPgSz().getW())).isEqualTo(16838);
            assertThat(twips(landscape.getPgSz().getH())).isEqualTo(11906);
            assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            for (CTSectPr section : sections) {
                assertThat(twips(section.getPgMar().getTop())).isEqualTo(TOP);
                assertThat(twips(section.getPgMar().getBottom())).isEqualTo(BOTTOM);
                assertThat(twips(section.getPgMar().getLeft())).isEqualTo(LEFT);
                assertThat(twips(section.getPgMar().getRight())).isEqualTo(RIGHT);
            }
        }
    }

    @Test
    void every_run_of_the_docx_is_times_new_roman_between_11_and_14_points_in_the_body() throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            List<XWPFRun> runs = allRuns(doc).filter(r -> !r.text().isEmpty()).toList();
            assertThat(runs).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
        }
    }

    @Test
    void the_docx_tables_hold_the_per_domain_counts_and_every_petition() throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            XWPFTable summary = doc.getTables().get(1);
            assertThat(summary.getRow(0).getCell(0).getText()).isEqualTo("Lĩnh vực");
            assertThat(rowTexts(summary, "Giải phóng mặt bằng")).containsExactly("Giải phóng mặt bằng", "-", "-",
                    "-", "3", "-", "-", "3");
            assertThat(rowTexts(summary, "Đất đai & GCN QSDĐ")).containsExactly("Đất đai & GCN QSDĐ", "-", "1",
                    "2", "-", "-", "-", "3");
            assertThat(rowTexts(summary, "Tổng số")).last().isEqualTo("14");

            XWPFTable details = doc.getTables().getLast();
            List<String> codes = details.getRows().stream().filter(r -> r.getTableCells().size() > 1).skip(1)
                    .map(r -> r.getCell(1).getText()).toList();
            assertThat(codes).containsExactly("KN-2020-001", "KN-2020-002", "KN-2020-003", "KN-2020-004",
                    "KN-2020-005", "KN-2020-006", "KN-2020-007", "KN-2020-008", "KN-2020-009", "KN-2020-010",
                    "KN-2020-011", "KN-2019-004", "KN-2019-005", "KN-2019-006");
            assertThat(details.getRow(0).isRepeatHeader()).isTrue();
            XWPFTableRow lastRow = details.getRows().getLast();
            assertThat(lastRow.getCell(6).getText()).isEqualTo("Đã trả lời");
        }
    }

    @Test
    void the_report_body_closes_with_recipients_and_the_chairs_signature_before_the_landscape_appendix()
            throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            XWPFTable signature = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Nơi nhận:")).findFirst().orElseThrow();
            XWPFTableCell recipients = signature.getRow(0).getCell(0);
            XWPFRun heading = recipients.getParagraphs().getFirst().getRuns().getFirst();
            assertThat(heading.text()).isEqualTo("Nơi nhận:");
            assertThat(heading.isItalic()).isTrue();
            assertThat(heading.getFontSizeAsDouble()).isBetween(11.0, 12.0);
            assertThat(recipients.getText()).contains("- Lưu: VT.");
            String sign = signature.getRow(0).getCell(1).getText();
            assertThat(sign).startsWith("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH").endsWith("Hoàng Văn Lực");

            // In reading order: the signature, then the end of the portrait section, then the appendix's table.
            List<IBodyElement> body = doc.getBodyElements();
            int signed = body.indexOf(signature);
            int portraitEnds = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    portraitEnds = i;
                    break;
                }
            }
            int appendix = body.indexOf(doc.getTables().getLast());
            assertThat(signed).as("signature before the section break").isLessThan(portraitEnds);
            assertThat(portraitEnds).as("the section break before the appendix").isLessThan(appendix);
        }
    }

    @Test
    void every_table_fits_between_the_margins_of_its_page_and_the_portrait_section_ends_without_a_page_of_its_own()
            throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            List<IBodyElement> body = doc.getBodyElements();
            int portraitEnds = -1;
            for (int i = 0; i < body.size() && portraitEnds < 0; i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    portraitEnds = i;
                }
            }
            assertThat(portraitEnds).isPositive();
            for (XWPFTable table : doc.getTables()) {
                boolean portrait = body.indexOf(table) < portraitEnds;
                long width = table.getCTTbl().getTblGrid().getGridColList().stream().mapToLong(c -> twips(c.getW())).sum();
                assertThat(width).as("%s table starting '%s'", portrait ? "portrait" : "landscape",
                        table.getRow(0).getCell(0).getText())
                        .isLessThanOrEqualTo(portrait ? PORTRAIT_TEXT_WIDTH : LANDSCAPE_TEXT_WIDTH);
            }
            // Word ends a section after a table with a paragraph; a full line of it could spill onto a blank page.
            XWPFParagraph sectionEnd = (XWPFParagraph) body.get(portraitEnds);
            assertThat(sectionEnd.getText()).isEmpty();
            assertThat(sectionEnd.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
            assertThat(sectionEnd.getSpacingBetween()).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void the_opening_sentence_names_the_plan_and_the_conference_day_once() throws IOException {
        try (XWPFDocument doc = docx(reports.today())) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith("Thực hiện")).findFirst().orElseThrow())
                    .startsWith("Thực hiện Kế hoạch số 05/KH-ĐU ngày 25/09/2020, Đảng ủy, UBND phường Thượng Thanh đã "
                            + "tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy")
                    .contains("năm 2020 vào ngày 12 tháng 10 năm 2020. Tại hội nghị, các đại biểu đã nêu 11 kiến nghị.");
        }
    }

    @Test
    void a_plan_typed_as_the_form_suggests_reads_as_a_plan() {
        assertThat(ReportWording.plan("05/KH-ĐU")).isEqualTo("Kế hoạch số 05/KH-ĐU");
        assertThat(ReportWording.plan("Công văn số 12/UBND")).isEqualTo("Công văn số 12/UBND");
    }

    @Test
    void an_earlier_date_gives_the_states_of_that_day_in_the_docx() throws IOException {
        try (XWPFDocument doc = docx(ConferenceReportServiceTest.MID_OCTOBER_2020)) {
            XWPFTable details = doc.getTables().getLast();
            XWPFTableRow kn011 = details.getRows().stream()
                    .filter(r -> r.getTableCells().size() > 1 && r.getCell(1).getText().equals("KN-2020-011"))
                    .findFirst().orElseThrow();
            assertThat(kn011.getCell(6).getText()).isEqualTo("Đã trả lời");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.contains("tính đến ngày 20/10/2020"));
        }
    }

    @Test
    void the_xlsx_has_a_petitions_sheet_with_excel_dates_and_a_summary_sheet() throws IOException {
        try (XSSFWorkbook book = xlsx()) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet petitions = book.getSheet("Kiến nghị");
            Row head = petitions.getRow(0);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Mã số");
            assertThat(head.getCell(10).getStringCellValue()).isEqualTo("Ngày tiếp nhận");
            assertThat(book.getFontAt(head.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(petitions.getLastRowNum()).isEqualTo(14);
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= 14; i++) {
                codes.add(petitions.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(codes).startsWith("KN-2020-001").endsWith("KN-2019-004", "KN-2019-005", "KN-2019-006");
            Cell received = petitions.getRow(1).getCell(10);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(received.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 10, 12));
            assertThat(petitions.getColumnWidth(4)).isGreaterThan(petitions.getColumnWidth(0) * 5);

            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Chuyển cấp trên");
            Row gpmb = findRow(summary, "Giải phóng mặt bằng");
            assertThat(gpmb.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(gpmb.getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(findRow(summary, "Tổng số").getCell(7).getNumericCellValue()).isEqualTo(14);
        }
    }

    @Test
    void every_sheet_of_the_xlsx_prints_on_a4_landscape_one_page_wide_with_its_header_row_on_every_page()
            throws IOException {
        try (XSSFWorkbook book = xlsx()) {
            for (Sheet sheet : book) {
                PrintChecks.assertPrintsOnA4LandscapeOnePageWide((XSSFSheet) sheet, "Trang &P / &N");
            }
            assertThat(book.getSheet("Kiến nghị").getHeader().getCenter()).isEqualTo("Danh sách kiến nghị · Kết "
                    + "quả giải quyết kiến nghị tại hội nghị đối thoại năm 2020 · tính đến "
                    + Formats.date(reports.today()));
            assertThat(book.getSheet("Tổng hợp").getHeader().getCenter()).startsWith("Tổng hợp theo lĩnh vực · ");
        }
    }

    @Test
    void the_xlsx_wraps_its_text_in_rows_tall_enough_to_show_all_of_it() throws IOException {
        try (XSSFWorkbook book = xlsx()) {
            XSSFSheet petitions = book.getSheet("Kiến nghị");
            assertThat(petitions.getRow(0).getHeightInPoints()).as("the header's two-line labels")
                    .isGreaterThanOrEqualTo(2 * 1.15f * 11);
            assertThat(PrintChecks.assertWrappedRowsTallEnough(petitions)).as("rows of long text made taller")
                    .isGreaterThanOrEqualTo(10);
            PrintChecks.assertWrappedRowsTallEnough(book.getSheet("Tổng hợp"));
        }
    }

    private XSSFWorkbook xlsx() throws IOException {
        byte[] bytes = reports.xlsx(ConferenceReportServiceTest.CONFERENCE_2020, reports.today()).orElseThrow();
        // Kept for people to open and print (docs/screenshots/report-xlsx-print.png is rendered from it).
        Path saved = Path.of("target", "reports", "report-2020-" + reports.today() + ".xlsx");
        Files.createDirectories(saved.getParent());
        Files.write(saved, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private XWPFDocument docx(LocalDate asOf) throws IOException {
        byte[] bytes = reports.docx(ConferenceReportServiceTest.CONFERENCE_2020, asOf).orElseThrow();
        // Kept for people to open (docs/screenshots/report-page1.png is rendered from it).
        Path saved = Path.of("target", "reports", "report-2020-" + asOf + ".docx");
        Files.createDirectories(saved.getParent());
        Files.write(saved, bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValueExact();
    }

    private static String boldText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        cell.getParagraphs().forEach(p -> p.getRuns().stream().filter(XWPFRun::isBold)
                .forEach(r -> text.append(r.text()).append(' ')));
        return text.toString();
    }

    private static List<String> rowTexts(XWPFTable table, String firstCell) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(firstCell)).findFirst()
                .orElseThrow().getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static Row findRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Stream<XWPFRun> allRuns(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> runs.addAll(p.getRuns()))));
            }
        }
        return runs.stream();
    }
}
