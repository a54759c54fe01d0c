package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT_CHUNK;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.Attachments;
import vn.petitionboard.petition.attachment.Samples;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * An officer attaches files to a progress report in Chromium, through the real upload endpoint, against the real
 * database with its default packet size: 10 MB files arrive whole, a file removed before saving is never stored, a
 * refused file keeps its message and holds the save back, and names cannot lie about their extension.
 */
class AttachmentsIT extends BrowserTest {

    private static Path files;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    AttachmentStaging staging;

    @Autowired
    DSLContext dsl;

    @BeforeAll
    static void makeFiles() throws IOException {
        files = Files.createTempDirectory("attachments-it-");
    }

    @AfterAll
    static void removeFiles() throws IOException {
        try (Stream<Path> all = Files.list(files)) {
            for (Path file : all.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(files);
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private PetitionPage openAsOfficer(Ward ward, Captured petition) {
        LoginPage.open(driver, baseUrl()).loginAs(ward.landOfficer(), TestWards.PASSWORD);
        return PetitionPage.open(driver, baseUrl(), petition.id().value());
    }

    private List<String> storedFileNames(PetitionId petition) {
        return dsl.select(ATTACHMENT.FILE_NAME).from(ATTACHMENT)
                .join(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(ATTACHMENT.PROGRESS_UPDATE_ID))
                .where(PROGRESS_UPDATE.PETITION_ID.eq(petition)).orderBy(ATTACHMENT.ID).fetch(ATTACHMENT.FILE_NAME);
    }

    private int progressUpdates(PetitionId petition) {
        return dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(petition));
    }

    private long stagedFiles() throws IOException {
        try (Stream<Path> staged = Files.list(staging.directory())) {
            return staged.count();
        }
    }

    @Test
    void a_10_mb_file_goes_through_the_dialog_into_the_database_and_downloads_whole() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Đo đạc lại thửa đất số 45");
        byte[] content = Samples.pdf(Attachments.MAX_BYTES, 45);
        Path pdf = file("ban-do-thua-45.pdf", content);
        long staged = stagedFiles();

        PetitionPage page = openAsOfficer(ward, petition).act("REPORT_PROGRESS")
                .type("field-note", "Đã đo đạc, gửi bản đồ hiện trạng.")
                .type("field-percent", "70")
                .attach("field-attachments", pdf)
                .confirm();

        assertThat(page.attachmentLinks()).containsExactly("ban-do-thua-45.pdf (10.0 MB)");
        long id = dsl.select(ATTACHMENT.ID).from(ATTACHMENT).join(PROGRESS_UPDATE)
                .on(PROGRESS_UPDATE.ID.eq(ATTACHMENT.PROGRESS_UPDATE_ID))
                .where(PROGRESS_UPDATE.PETITION_ID.eq(petition.id())).fetchSingle(ATTACHMENT.ID);
        assertThat(dsl.fetchCount(ATTACHMENT_CHUNK, ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(id))).as("pieces").isEqualTo(10);
        assertThat(page.attachmentDigest(0)).as("the download's length and SHA-256")
                .isEqualTo(content.length + " " + sha256(content));
        assertThat(stagedFiles()).as("staged copies left after saving").isEqualTo(staged);
    }

    @Test
    void a_files_address_is_stable_and_opens_for_whoever_may_see_the_petition_and_for_no_one_else() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Tờ trình cải tạo vỉa hè phố Đức Giang");
        byte[] content = Samples.pdf(30_000, 7);
        Path pdf = file("tờ trình vỉa hè.pdf", content);
        String digest = content.length + " " + sha256(content);

        PetitionPage page = openAsOfficer(ward, petition).act("REPORT_PROGRESS")
                .type("field-note", "Gửi tờ trình.")
                .type("field-percent", "40")
                .attach("field-attachments", pdf)
                .confirm();
        String address = page.attachmentHref(0);
        assertThat(address).matches(java.util.regex.Pattern.quote(baseUrl() + "/attachments/" + petition.id().value()
                + "/") + "\\d+/t%E1%BB%9D%20tr%C3%ACnh%20v%E1%BB%89a%20h%C3%A8\\.pdf");
        assertThat(page.download(address)).isEqualTo(digest);

        PetitionPage reloaded = PetitionPage.open(driver, baseUrl(), petition.id().value());
        assertThat(reloaded.attachmentHref(0)).as("the same address after a reload").isEqualTo(address);
        assertThat(reloaded.download(address)).isEqualTo(digest);

        Browser.forgetSession(driver);
        LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        PetitionPage chair = PetitionPage.open(driver, baseUrl(), petition.id().value());
        assertThat(chair.download(address)).as("a colleague who may see the petition").isEqualTo(digest);

        Browser.forgetSession(driver);
        LoginPage.open(driver, baseUrl()).loginAs(ward.urbanOfficer(), TestWards.PASSWORD);
        assertThat(chair.download(address)).as("another department's officer").isEqualTo("HTTP 404");
        assertThat(chair.download(address.replace("/" + petition.id().value() + "/", "/1/")))
                .as("the file's id under another petition's id").isEqualTo("HTTP 404");

        // The page stays (its script fetches the file); only the cookies go.
        driver.manage().deleteAllCookies();
        assertThat(chair.download(address)).as("nobody signed in").isEqualTo("login page");

        dsl.update(APP_USER).set(APP_USER.MUST_CHANGE_PASSWORD, true).where(APP_USER.USERNAME.eq(ward.chair()))
                .execute();
        Browser.forgetSession(driver); // no saved request from the anonymous try: sign-in goes where it would
        LoginPage.open(driver, baseUrl()).loginWithGivenPassword(ward.chair(), TestWards.PASSWORD);
        assertThat(chair.download(address)).as("signed in with a password an administrator gave")
                .isEqualTo("new password page");
    }

    @Test
    void a_file_removed_before_saving_is_never_stored() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Sửa đường ống thoát nước ngõ 7");
        Path kept = file("bien-ban-nghiem-thu.pdf", Samples.pdf(40_000, 1));
        Path removed = file("anh-chup-nham.pdf", Samples.pdf(60_000, 2));
        long staged = stagedFiles();

        TransitionDialog<PetitionPage> dialog = openAsOfficer(ward, petition).act("REPORT_PROGRESS")
                .type("field-note", "Đã nghiệm thu đoạn ống.")
                .type("field-percent", "90")
                .attach("field-attachments", kept)
                .attach("field-attachments", removed);
        assertThat(stagedFiles()).isEqualTo(staged + 2);
        dialog.removeFile("field-attachments", "anh-chup-nham.pdf");
        assertThat(dialog.uploadedFiles("field-attachments")).containsExactly("bien-ban-nghiem-thu.pdf");
        assertThat(stagedFiles()).as("the removed file's staged copy is gone").isEqualTo(staged + 1);
        PetitionPage page = dialog.confirm();

        assertThat(storedFileNames(petition.id())).containsExactly("bien-ban-nghiem-thu.pdf");
        assertThat(page.attachmentLinks()).containsExactly("bien-ban-nghiem-thu.pdf (39 KB)");
        assertThat(page.section("followup-progress")).doesNotContain("anh-chup-nham");
    }

    @Test
    void a_refused_file_keeps_its_message_and_nothing_is_saved_until_it_is_removed_or_skipped() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Thu hồi đất làm đường liên tổ");
        Path good = file("to-trinh.docx", Samples.docx());
        Path bomb = file("bien-ban-hop.docx", Samples.docxZipBomb());
        Path program = file("phu-luc.docx", Samples.docxWithExe());
        Path tooBig = file("video-hien-truong.pdf", Samples.pdf(Attachments.MAX_BYTES + 1, 3));
        String note = "Đã họp dân, gửi tờ trình và biên bản.";

        TransitionDialog<PetitionPage> dialog = openAsOfficer(ward, petition).act("REPORT_PROGRESS")
                .type("field-note", note)
                .type("field-percent", "50")
                .attach("field-attachments", good)
                .attachExpectingRefusal("field-attachments", bomb)
                .attachExpectingRefusal("field-attachments", program)
                .attachExpectingRefusal("field-attachments", tooBig);
        dialog.screenshot("attachments-refused-files");
        assertThat(dialog.attachmentProblems()).containsExactly(
                "Tệp bien-ban-hop.docx khi giải nén lớn bất thường (hơn 200 MB hoặc quá nhiều phần): có thể là bom"
                        + " nén, không được nhận",
                "Tệp phu-luc.docx có chứa chương trình hoặc macro chạy được (.exe, .dll, .js, .bat…), không được nhận",
                "video-hien-truong.pdf: Tệp lớn hơn 10 MB");

        dialog.confirmExpectingProblem();
        assertThat(dialog.problem()).startsWith("Chưa lưu gì: còn tệp bị từ chối (bien-ban-hop.docx, phu-luc.docx,"
                + " video-hien-truong.pdf).");
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.value("field-note")).as("what the officer typed").isEqualTo(note);
        assertThat(progressUpdates(petition.id())).isZero();

        dialog.removeFile("field-attachments", "bien-ban-hop.docx")
                .skipRefusedFile("phu-luc.docx");
        assertThat(dialog.attachmentProblems()).containsExactly("video-hien-truong.pdf: Tệp lớn hơn 10 MB");
        dialog.confirmExpectingProblem();
        assertThat(progressUpdates(petition.id())).as("one refusal still listed").isZero();

        PetitionPage page = dialog.skipRefusedFile("video-hien-truong.pdf").confirm();
        assertThat(storedFileNames(petition.id())).containsExactly("to-trinh.docx");
        assertThat(page.sectionEntries("followup-progress")).singleElement().asString().contains(note);
    }

    @Test
    void a_right_to_left_override_cannot_make_a_pdf_look_like_a_word_document() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Cấp phép xây dựng nhà ở tổ 9");
        // A file manager shows this name as "giay-phepfdp.docx".
        Path disguised = file("giay-phep\u202Excod.pdf", Samples.pdf(20_000, 9));

        PetitionPage page = openAsOfficer(ward, petition).act("REPORT_PROGRESS")
                .type("field-note", "Đã cấp giấy phép.")
                .type("field-percent", "100")
                .attach("field-attachments", disguised)
                .confirm();

        assertThat(storedFileNames(petition.id())).containsExactly("giay-phepxcod.pdf");
        assertThat(page.attachmentLinks()).containsExactly("giay-phepxcod.pdf (19 KB)");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
