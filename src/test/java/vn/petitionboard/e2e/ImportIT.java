package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.support.ImportFiles;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The clerk imports past petitions in Chromium: downloads the template, uploads a 200-row file with 3 bad rows and
 * sees exactly those 3 problems by row and column, uploads the corrected file, imports it, and finds the petitions in
 * the list by searching. A fresh ward, so that the demo data stays as it is.
 */
class ImportIT extends BrowserTest {

    @Autowired
    TestWards wards;

    @Autowired
    DSLContext dsl;

    @Test
    void theClerkImportsAFileAfterCorrectingItsThreeBadRows() throws Exception {
        Ward ward = wards.create();
        long conference = ward.conference().value();
        String prefix = "Nhapthu" + ward.suffix();
        LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
        ImportPage page = ImportPage.open(driver, baseUrl(), conference);

        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(page.downloadTemplate()))) {
            List<String> headers = new ArrayList<>();
            template.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Mã kiến nghị", "Tiêu đề", "Nội dung", "Lĩnh vực", "Người kiến nghị",
                    "Ngày nhận", "Bộ phận", "Hạn giải quyết");
            assertThat(template.getSheetAt(0).getDataValidations()).hasSize(2);
        }

        List<List<Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 200; n++) {
            rows.add(ImportFiles.goodRow(prefix, n));
        }
        List<List<Object>> bad = new ArrayList<>(rows);
        bad.set(10, withCell(rows.get(10), 2, null));              // sheet row 12: no content
        bad.set(48, withCell(rows.get(48), 3, "Thời tiết"));       // sheet row 50: unknown domain
        bad.set(99, withCell(rows.get(99), 5, "31/02/2020"));      // sheet row 101: no such day
        Path badFile = write("kien-nghi-loi.xlsx", ImportFiles.withHeaders(bad));
        Path goodFile = write("kien-nghi-da-sua.xlsx", ImportFiles.withHeaders(rows));

        page.upload(badFile);
        assertThat(page.summary()).contains("có 3 lỗi");
        assertThat(page.problems()).containsExactly(
                "12 | C (Nội dung) | Không được để trống",
                "50 | D (Lĩnh vực) | Lĩnh vực không tồn tại hoặc đã ngừng sử dụng",
                "101 | F (Ngày nhận) | Không phải ngày hợp lệ: \"31/02/2020\" (ghi dạng 15/03/2024)");
        assertThat(page.canImport()).isFalse();
        page.screenshotsAtBothWidths("import-problems");

        page.upload(goodFile);
        assertThat(page.problems()).isEmpty();
        assertThat(page.summary()).contains("200 kiến nghị mới");
        assertThat(page.importLabel()).isEqualTo("Nhập 200 kiến nghị");
        page.screenshotsAtBothWidths("import-ready");
        assertThat(dsl.fetchCount(PETITION, PETITION.CONFERENCE_ID.eq(ward.conference()))).isZero();

        page.importAll();
        assertThat(page.summary()).startsWith("Đã nhập 200 kiến nghị");
        assertThat(dsl.fetchCount(PETITION, PETITION.CONFERENCE_ID.eq(ward.conference()))).isEqualTo(200);

        PetitionListPage list = PetitionListPage.open(driver, baseUrl(), "q=" + prefix.toLowerCase());
        assertThat(list.total()).isEqualTo("200 kiến nghị");
        list = list.searchFor("ngo 157 " + prefix);
        assertThat(list.total()).isEqualTo("1 kiến nghị");
    }

    private static List<Object> withCell(List<Object> row, int column, Object value) {
        List<Object> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }

    private static Path write(String name, byte[] bytes) throws java.io.IOException {
        Path dir = Files.createTempDirectory("import-it");
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }
}
