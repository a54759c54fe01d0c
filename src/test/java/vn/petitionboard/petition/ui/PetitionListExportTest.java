package vn.petitionboard.petition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.base.xlsx.PrintChecks;
import vn.petitionboard.petition.ExcelLabels;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.petition.PetitionState;

/** The list's "Xuất Excel": its file name, and the workbook as the download writes it, read back with POI. */
@IntegrationTest
class PetitionListExportTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 30);
    private static final ExcelLabels VIETNAMESE = PetitionListExport.labels(
            key -> new MessageBundleI18NProvider().getTranslation(key, MessageBundleI18NProvider.VIETNAMESE));

    @Autowired
    PetitionSearchService petitions;

    @Test
    void the_file_name_says_what_was_exported_and_when() {
        assertThat(PetitionListExport.fileName(PetitionListFilter.all(), AT))
                .isEqualTo("kien-nghi-2026-12-02-1430.xlsx");
        assertThat(PetitionListExport.fileName(PetitionListFilter.all().withYear(2025)
                .withState(PetitionState.IN_PROGRESS).withOverdue(true).withText("Đất đai, GPMB!"), AT))
                .isEqualTo("kien-nghi-nam-2025-in-progress-qua-han-dat-dai-gpmb-2026-12-02-1430.xlsx");
    }

    @Test
    void two_exports_a_minute_apart_have_different_names() {
        assertThat(PetitionListExport.fileName(PetitionListFilter.all(), AT))
                .isNotEqualTo(PetitionListExport.fileName(PetitionListFilter.all(), AT.plusMinutes(1)));
    }

    @Test
    @WithUserDetails("chutich")
    void the_export_prints_on_a4_landscape_one_page_wide_with_its_header_row_on_every_page() throws IOException {
        try (XSSFWorkbook book = export()) {
            XSSFSheet sheet = book.getSheetAt(0);
            PrintChecks.assertPrintsOnA4LandscapeOnePageWide(sheet, "Trang &P / &N");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("Danh sách kiến nghị");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Nội dung");
        }
    }

    @Test
    @WithUserDetails("chutich")
    void the_export_wraps_its_text_in_rows_tall_enough_to_show_all_of_it() throws IOException {
        try (XSSFWorkbook book = export()) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(petitions.count(PetitionListFilter.all()));
            assertThat(PrintChecks.assertWrappedRowsTallEnough(sheet)).as("rows of long text made taller")
                    .isGreaterThanOrEqualTo(sheet.getLastRowNum() / 2);
        }
    }

    private XSSFWorkbook export() throws IOException {
        var out = new ByteArrayOutputStream();
        petitions.exportXlsx(PetitionListFilter.all(), VIETNAMESE, out);
        // Kept for people to open and print.
        Path saved = Path.of("target", "reports", "kien-nghi.xlsx");
        Files.createDirectories(saved.getParent());
        Files.write(saved, out.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
