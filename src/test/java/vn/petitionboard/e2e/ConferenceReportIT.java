package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;

/** The chairman prepares next year's report: the 2020 rows on screen, then the Word file. */
@IntegrationTest
class ConferenceReportIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    @Test
    void theChairmanSeesThe2020ReportAndDownloadsItAsAWordFile() throws Exception {
        String baseUrl = "http://localhost:" + port;
        LoginPage.open(driver, baseUrl).loginAs("chutich", PASSWORD);

        ReportPage report = ReportPage.open(driver, baseUrl);
        String today = Formats.date(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(report.heading()).contains("2020", today);
        assertThat(report.rowCodes()).hasSize(14).startsWith("KN-2020-001")
                .endsWith("KN-2019-004", "KN-2019-005", "KN-2019-006");
        assertThat(report.rowStates()).containsEntry("KN-2020-011", "RESOLVED");
        report.screenshot("report-chairman-2020");

        assertThat(report.docxIsADownload()).isTrue();
        ReportPage.Download download = report.downloadDocx();
        assertThat(download.contentDisposition()).contains("attachment").contains(".docx");
        byte[] docx = download.bytes();
        Path saved = Path.of("target", "screenshots", "report-2020.docx");
        Files.createDirectories(saved.getParent());
        Files.write(saved, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                    "Kết quả giải quyết kiến nghị tại hội nghị đối thoại năm 2020");
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
        }

        ReportPage earlier = report.asOf("20/10/2020");
        assertThat(earlier.rowStates()).containsEntry("KN-2020-011", "ANSWERED")
                .containsEntry("KN-2020-009", "RECEIVED");
    }
}
