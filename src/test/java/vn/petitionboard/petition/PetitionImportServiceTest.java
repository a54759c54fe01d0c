package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.LIVE_CHANGE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;
import static vn.petitionboard.support.ImportFiles.goodRow;
import static vn.petitionboard.support.ImportFiles.row;
import static vn.petitionboard.support.ImportFiles.withHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.support.ImportFiles;
import vn.petitionboard.support.ImportFiles.Formula;

/** Import into the demo ward's 2020 conference (last code KN-2020-011), rolled back after each test. */
@IntegrationTest
@Transactional
@WithUserDetails("vanthu")
class PetitionImportServiceTest {

    static final ConferenceId CONFERENCE_2020 = new ConferenceId(2);

    @Autowired
    PetitionImportService imports;

    @Autowired
    DSLContext dsl;

    @Test
    void a_good_file_is_imported_with_the_next_codes_history_and_search_terms_and_again_adds_nothing() {
        byte[] file = withHeaders(List.of(goodRow("T", 1), goodRow("T", 2),
                row(null, "Cấp nước sạch", "Đề nghị cấp nước sạch cho tổ 9", "MT", "Lê Thị Hoa",
                        "15/03/2020", "Kinh tế – Hạ tầng – Đô thị", "30/04/2020")));

        ImportCheck check = imports.check(CONFERENCE_2020, file);
        assertThat(check.problems()).isEmpty();
        assertThat(check.newRows()).isEqualTo(3);
        int before = dsl.fetchCount(PETITION);
        assertThat(dsl.fetchCount(PETITION)).as("a check writes nothing").isEqualTo(before);
        int unitWideChanges = dsl.fetchCount(LIVE_CHANGE, LIVE_CHANGE.PETITION_ID.isNull());

        ImportCheck done = imports.importFile(CONFERENCE_2020, file);
        assertThat(done.imported()).isTrue();
        assertThat(dsl.fetchCount(LIVE_CHANGE, LIVE_CHANGE.PETITION_ID.isNull()))
                .as("one change for the live pages: the unit's whole board reads again").isEqualTo(unitWideChanges + 1);
        var rows = dsl.selectFrom(PETITION).where(PETITION.IMPORT_KEY.isNotNull()).orderBy(PETITION.CODE_SEQ).fetch();
        assertThat(rows).extracting(r -> r.getCode()).containsExactly("KN-2020-012", "KN-2020-013", "KN-2020-014");
        assertThat(rows.get(0).getImportKey()).isEqualTo("code:T-1");
        assertThat(rows.get(2).getImportKey()).startsWith("hash:");
        assertThat(rows.get(2).getState()).isEqualTo(PetitionState.ASSIGNED);
        assertThat(rows.get(2).getDeadline()).isEqualTo(LocalDate.of(2020, 4, 30));
        assertThat(rows.get(2).getCreatedAt().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(dsl.fetchCount(ASSIGNMENT, ASSIGNMENT.PETITION_ID.eq(rows.get(2).getId()))).isEqualTo(1);
        assertThat(rows.get(0).getState()).isEqualTo(PetitionState.RECEIVED);
        assertThat(dsl.select(PETITION_HISTORY.EVENT_TYPE, PETITION_HISTORY.DETAILS).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(rows.get(0).getId())).fetch())
                .singleElement().satisfies(h -> {
                    assertThat(h.value1()).isEqualTo(HistoryEvent.IMPORTED);
                    assertThat(h.value2()).isEqualTo("Nhập từ Excel (dòng 2), ngày nhận 02/10/2020");
                });
        assertThat(dsl.fetchExists(PETITION_SEARCH_TERM, PETITION_SEARCH_TERM.PETITION_ID.eq(rows.get(2).getId())
                .and(PETITION_SEARCH_TERM.TERM.eq("nuoc")))).isTrue();

        int after = dsl.fetchCount(PETITION);
        ImportCheck again = imports.importFile(CONFERENCE_2020, file);
        assertThat(again.newRows()).isZero();
        assertThat(again.alreadyThere()).containsExactly(2, 3, 4);
        assertThat(again.problems()).isEmpty();
        assertThat(dsl.fetchCount(PETITION)).isEqualTo(after);
    }

    @Test
    void files_that_are_not_xlsx_are_refused_each_with_its_reason() throws IOException {
        assertThat(only(imports.check(CONFERENCE_2020, xls()))).isEqualTo("import.file.xls");
        assertThat(only(imports.check(CONFERENCE_2020, "Mã kiến nghị,Tiêu đề\nA,B\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("import.file.notXlsx");
        assertThat(only(imports.check(CONFERENCE_2020, "hello".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("import.file.notXlsx");
        assertThat(only(imports.check(CONFERENCE_2020, "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("import.file.damaged");
        assertThat(only(imports.check(CONFERENCE_2020, new byte[(int) PetitionImportService.MAX_BYTES + 1])))
                .isEqualTo("import.file.tooLarge");
    }

    @Test
    void a_conference_of_another_unit_or_none_is_refused(@Autowired vn.petitionboard.support.TestWards wards) {
        ConferenceId elsewhere = wards.create().conference();
        byte[] file = ImportFiles.generated("U", 1);
        assertThat(only(imports.importFile(elsewhere, file))).isEqualTo("conference.notFound");
        assertThat(only(imports.check(null, file))).isEqualTo("conference.notFound");
        assertThat(dsl.fetchCount(PETITION, PETITION.CONFERENCE_ID.eq(elsewhere))).isZero();
    }

    @Test
    void a_wrong_header_row_names_each_missing_wrong_or_extra_column() {
        List<Object> headers = ImportFiles.headers();
        headers.set(1, "Tên");
        headers.remove(7);
        headers.add(null);
        headers.add("Ghi chú");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(headers);
        rows.add(goodRow("H", 1));
        ImportCheck check = imports.check(CONFERENCE_2020, ImportFiles.xlsx(rows, List.of()));
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "B (Tiêu đề)", "import.header.wrong"),
                        org.assertj.core.groups.Tuple.tuple(1, "H (Hạn giải quyết)", "import.header.missing"),
                        org.assertj.core.groups.Tuple.tuple(1, "I", "import.header.extra"));
    }

    @Test
    void a_hundred_thousand_rows_are_refused_without_reading_them_all() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ImportFiles.headers());
        for (int n = 1; n <= 100_000; n++) {
            rows.add(List.of("C" + n, "x", "Nội dung " + n, "MT", "Ai đó", 44000));
        }
        byte[] file = ImportFiles.xlsx(rows, List.of());
        assertThat(file.length).isLessThan((int) PetitionImportService.MAX_BYTES);
        ImportCheck check = imports.check(CONFERENCE_2020, file);
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.file.tooManyRows");
            assertThat(p.arguments()).containsExactly(PetitionImportService.MAX_ROWS);
        });
    }

    @Test
    void every_bad_cell_is_named_by_row_and_column_and_nothing_is_written() {
        String tooLong = "a".repeat(PetitionIntakeService.TITLE_MAX + 1);
        byte[] file = withHeaders(List.of(
                goodRow("B", 1),
                row("B-2", null, "Nội dung", "MT", "Ai", new Formula("DATE(2020,3,1)"), null, null),
                row("B-3", null, "Nội dung", "Không có lĩnh vực này", "Ai", "15/03/2020", "Phòng ma", null),
                row("B-4", null, "  ", "MT", null, null, null, null),
                row("B-5", tooLong, "Nội dung", "MT", "Ai", "32/13/2020", null, null),
                row("B-6", null, "Nội dung", "MT", "Ai", "hôm qua", null, "15/03/2020"),
                row("B-7", null, "Nội dung", "MT", "Ai", 43910, "Tư pháp – Hộ tịch", null),
                goodRow("B", 1)));
        int before = dsl.fetchCount(PETITION);
        ImportCheck check = imports.importFile(CONFERENCE_2020, file);
        assertThat(check.imported()).isFalse();
        assertThat(dsl.fetchCount(PETITION)).isEqualTo(before);
        assertThat(check.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                .containsExactly(
                        "3 F (Ngày nhận) import.cell.formula",
                        "4 D (Lĩnh vực) validation.domain.unknown",
                        "4 G (Bộ phận) validation.department.unknown",
                        "5 C (Nội dung) validation.required",
                        "5 E (Người kiến nghị) validation.required",
                        "5 F (Ngày nhận) validation.required",
                        "6 B (Tiêu đề) validation.tooLong",
                        "6 F (Ngày nhận) import.date.invalid",
                        "7 F (Ngày nhận) import.date.invalid",
                        "7 H (Hạn giải quyết) import.deadline.withoutDepartment",
                        "8 H (Hạn giải quyết) import.deadline.required",
                        "9 A (Mã kiến nghị) import.row.duplicate");
        assertThat(check.problemCount()).isEqualTo(12);
    }

    @Test
    void dates_as_text_or_excel_serials_nfd_text_emoji_and_html_are_taken_as_capture_takes_them() {
        String nfd = Normalizer.normalize("Đường ngõ 5 bị ngập", Normalizer.Form.NFD);
        byte[] file = withHeaders(List.of(
                row("D-1", null, nfd + " 🌧️", "Môi trường", "Ai", "15/03/2020", null, null),
                row("D-2", null, "<script>alert(1)</script> <b>đậm</b>", "mt", "Ai", 43910, null, null),
                row("D-3", null, "Kiến nghị ba", " MÔI TRƯỜNG ", "Ai", "2020-03-01", null, null)));
        ImportCheck check = imports.importFile(CONFERENCE_2020, file);
        assertThat(check.problems()).isEmpty();
        var rows = dsl.selectFrom(PETITION).where(PETITION.IMPORT_KEY.isNotNull()).orderBy(PETITION.CODE_SEQ).fetch();
        assertThat(rows.get(0).getContent()).isEqualTo("Đường ngõ 5 bị ngập 🌧️")
                .isEqualTo(Normalizer.normalize(rows.get(0).getContent(), Normalizer.Form.NFC));
        assertThat(rows.get(0).getCreatedAt().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(rows.get(1).getContent()).isEqualTo("<script>alert(1)</script> <b>đậm</b>");
        assertThat(rows.get(1).getCreatedAt().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 20));
        assertThat(rows.get(2).getCreatedAt().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 1));
    }

    @Test
    void merged_cells_are_refused_with_their_place() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ImportFiles.headers());
        rows.add(goodRow("M", 1));
        rows.add(goodRow("M", 2));
        ImportCheck check = imports.check(CONFERENCE_2020, ImportFiles.xlsx(rows, List.of("D2:D3")));
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.messageKey()).isEqualTo("import.cell.merged");
            assertThat(p.arguments()).containsExactly("D2:D3");
        });
    }

    @Test
    void the_template_has_the_headers_a_sample_row_and_drop_down_lists() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(imports.template()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kiến nghị");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(ImportFiles.headers().stream().map(Object::toString).toList());
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("Đề nghị");
            assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("'Danh mục'!$A$1:$A$7", "'Danh mục'!$B$1:$B$6");
            assertThat(book.isSheetHidden(1)).isTrue();
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Xây dựng Đảng");
        }
        // The template's own sample row passes the check.
        assertThat(imports.check(CONFERENCE_2020, imports.template()).problems()).isEmpty();
    }

    @Test
    @WithUserDetails("chutich")
    void only_the_clerk_may_import() {
        byte[] file = ImportFiles.generated("P", 1);
        assertThatThrownBy(() -> imports.check(CONFERENCE_2020, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(CONFERENCE_2020, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("mattran")
    void the_front_reviewer_may_not_import_either() {
        assertThatThrownBy(() -> imports.importFile(CONFERENCE_2020, ImportFiles.generated("P", 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String only(ImportCheck check) {
        assertThat(check.problems()).hasSize(1);
        assertThat(check.problems().getFirst().row()).isZero();
        return check.problems().getFirst().messageKey();
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Kiến nghị").createRow(0).createCell(0).setCellValue("Mã kiến nghị");
            book.write(out);
            return out.toByteArray();
        }
    }
}
