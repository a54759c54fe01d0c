package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT_CHUNK;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.Attachments;
import vn.petitionboard.petition.attachment.ReceivedFile;
import vn.petitionboard.petition.attachment.Samples;
import vn.petitionboard.petition.attachment.StagedFiles;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Attachments on the real database with the server's default packet size: 10 MB files go in, in pieces, with the
 * report's transaction, and come out whole for those who may see the petition only. Real commits, in wards of their
 * own.
 */
@IntegrationTest
class AttachmentStorageTest {

    private static final long MARIADB_DEFAULT_PACKET = 16L * 1024 * 1024;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    PetitionQueryService petitions;

    @Autowired
    AttachmentStaging staging;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions testPetitions;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Test
    void the_database_under_test_allows_no_bigger_statements_than_a_default_mariadb() {
        // Read only: the 10 MB tests below prove something only if one statement may not carry a whole file twice.
        long packet = ((Number) dsl.fetchValue("SELECT @@GLOBAL.max_allowed_packet")).longValue();
        assertThat(packet).as("the server's max_allowed_packet").isLessThanOrEqualTo(MARIADB_DEFAULT_PACKET);
    }

    @Test
    void five_files_of_10_mb_are_saved_with_one_report_in_pieces_of_1_mib_and_read_back_whole() throws Exception {
        Ward ward = wards.create();
        Captured petition = testPetitions.inProgress(ward, "Kiểm tra hiện trạng sử dụng đất thửa 12");
        List<ReceivedFile> files = stage(ward, "bien-ban-", Attachments.MAX_FILES, Attachments.MAX_BYTES);

        CommandResult result = signIn.as(ward.landOfficer(), () -> workflow.reportProgress(
                new PetitionCommands.ReportProgress(petition.id(), 2, "Đã đo đạc, kèm 5 biên bản.", 60, files)));

        assertThat(result).isEqualTo(new CommandResult.Done(petition.id(), PetitionState.IN_PROGRESS, 3));
        List<Long> ids = attachmentsOf(petition.id());
        assertThat(ids).hasSize(5);
        assertThat(dsl.fetchCount(ATTACHMENT_CHUNK, ATTACHMENT_CHUNK.ATTACHMENT_ID.in(ids))).isEqualTo(50);
        assertThat(dsl.select(DSL.max(DSL.field("LENGTH({0})", Integer.class, ATTACHMENT_CHUNK.DATA)))
                .from(ATTACHMENT_CHUNK).where(ATTACHMENT_CHUNK.ATTACHMENT_ID.in(ids)).fetchOne(0, Integer.class))
                .as("the largest piece").isEqualTo(1024 * 1024);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            AttachmentFile file = signIn.as(ward.landOfficer(), () -> petitions.attachment(petition.id(), id))
                    .orElseThrow();
            assertThat(file.fileName()).isEqualTo("bien-ban-" + i + ".pdf");
            assertThat(file.sizeBytes()).isEqualTo(Attachments.MAX_BYTES);
            assertThat(sha256(file.open())).as("bytes of file " + i)
                    .isEqualTo(sha256(Samples.pdf(Attachments.MAX_BYTES, i)));
        }
        files.forEach(ReceivedFile::discard);
    }

    @Test
    void only_those_who_may_see_the_petition_get_its_files() throws Exception {
        Ward ward = wards.create();
        Captured petition = testPetitions.inProgress(ward, "Cắm mốc giới đất công tổ 4");
        ReceivedFile file = signIn.as(ward.landOfficer(),
                () -> StagedFiles.stage(staging, "so-do.pdf", Samples.pdf(3000, 7)));
        signIn.as(ward.landOfficer(), () -> workflow.reportProgress(
                new PetitionCommands.ReportProgress(petition.id(), 2, "Đã cắm mốc.", 100, List.of(file))));
        long id = attachmentsOf(petition.id()).getFirst();

        assertThat(signIn.as(ward.chair(), () -> petitions.attachment(petition.id(), id))).isPresent();
        assertThat(signIn.as(ward.front(), () -> petitions.attachment(petition.id(), id))).isPresent();
        assertThat(signIn.as(ward.urbanOfficer(), () -> petitions.attachment(petition.id(), id)))
                .as("another department's officer").isEmpty();
        Ward other = wards.create();
        assertThat(signIn.as(other.chair(), () -> petitions.attachment(petition.id(), id)))
                .as("another ward's chair").isEmpty();
        assertThat(signIn.as(ward.chair(), () -> petitions.attachment(new PetitionId(1), id)))
                .as("the file asked for under another petition").isEmpty();
        file.discard();
    }

    @Test
    void a_save_the_database_cuts_off_half_way_leaves_no_part_of_the_report() throws Exception {
        Ward ward = wards.create();
        Captured petition = testPetitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 3");
        List<ReceivedFile> files = stage(ward, "anh-", Attachments.MAX_FILES, Attachments.MAX_BYTES);
        int history = dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition.id()));
        PetitionCommands.ReportProgress report = new PetitionCommands.ReportProgress(petition.id(), 2,
                "Đã lập biên bản.", 40, files);

        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<CommandResult> save = thread.submit(
                    () -> signIn.as(ward.landOfficer(), () -> workflow.reportProgress(report)));
            // While the pieces go in, the database ends the connection (as a crash or a failover would).
            boolean killed = dsl.connectionResult(c -> killOnFirstPiece(DSL.using(c), save, Duration.ofSeconds(60)));
            assertThat(killed).as("a connection caught writing a piece").isTrue();
            assertThatThrownBy(save::get).isInstanceOf(ExecutionException.class);
        } finally {
            thread.shutdownNow();
        }

        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(petition.id()))).isZero();
        assertThat(dsl.fetchCount(ATTACHMENT, ATTACHMENT.FILE_NAME.like("anh-_.pdf")
                .and(ATTACHMENT.UPLOADED_BY.in(dsl.select(APP_USER.ID)
                        .from(APP_USER)
                        .where(APP_USER.USERNAME.eq(ward.landOfficer()))))))
                .as("attachments of the cut-off save").isZero();
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(petition.id()))
                .fetchOne(PETITION.VERSION)).isEqualTo(2);
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition.id())))
                .isEqualTo(history);
        assertThat(files).as("still staged, so the same dialog can save again").allMatch(StagedFiles::isStaged);

        CommandResult again = signIn.as(ward.landOfficer(), () -> workflow.reportProgress(report));
        assertThat(again.isDone()).as("the second try").isTrue();
        assertThat(attachmentsOf(petition.id())).hasSize(5);
        files.forEach(ReceivedFile::discard);
    }

    @Test
    void the_service_checks_the_files_again_and_saves_nothing_when_one_fails() throws Exception {
        Ward ward = wards.create();
        Captured petition = testPetitions.inProgress(ward, "Vệ sinh hồ điều hòa");
        ReceivedFile good = signIn.as(ward.landOfficer(),
                () -> StagedFiles.stage(staging, "bien-ban.pdf", Samples.pdf(5000, 1)));
        ReceivedFile changed = signIn.as(ward.landOfficer(),
                () -> StagedFiles.stage(staging, "to-trinh.docx", Samples.docx()));
        byte[] program = new byte[(int) changed.size()];
        program[0] = 'M';
        program[1] = 'Z';
        StagedFiles.overwrite(changed, program);

        CommandResult result = signIn.as(ward.landOfficer(), () -> workflow.reportProgress(
                new PetitionCommands.ReportProgress(petition.id(), 2, "Đã kiểm tra.", 20, List.of(good, changed))));

        assertThat(result).isInstanceOfSatisfying(CommandResult.Invalid.class, i -> {
            assertThat(i.errors().get("attachments").messageKey()).isEqualTo("validation.attachment.type");
            assertThat(i.errors().get("attachments").arguments()).containsExactly("to-trinh.docx");
        });
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(petition.id()))).isZero();
        changed.discard();
        CommandResult gone = signIn.as(ward.landOfficer(), () -> workflow.reportProgress(
                new PetitionCommands.ReportProgress(petition.id(), 2, "Đã kiểm tra.", 20, List.of(good, changed))));
        assertThat(gone).isInstanceOfSatisfying(CommandResult.Invalid.class, i ->
                assertThat(i.errors().get("attachments").messageKey()).isEqualTo("validation.attachment.gone"));
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(petition.id()))).isZero();
        good.discard();
    }

    @Test
    void a_sixth_file_is_refused() throws Exception {
        Ward ward = wards.create();
        Captured petition = testPetitions.inProgress(ward, "Cấp GCN cho hộ ông Tư tổ 2");
        List<ReceivedFile> six = stage(ward, "tep-", 6, 100);
        CommandResult result = signIn.as(ward.landOfficer(), () -> workflow.reportProgress(
                new PetitionCommands.ReportProgress(petition.id(), 2, "Kèm sáu tệp.", 20, six)));
        assertThat(result).isInstanceOfSatisfying(CommandResult.Invalid.class, i ->
                assertThat(i.errors().get("attachments").messageKey()).isEqualTo("validation.attachment.count"));
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.PETITION_ID.eq(petition.id()))).isZero();
        six.forEach(ReceivedFile::discard);
    }

    /** {@code count} PDFs named prefix0.pdf, prefix1.pdf, …, of {@code size} bytes from seeds 0, 1, …, as the ward's land officer. */
    private List<ReceivedFile> stage(Ward ward, String prefix, int count, int size) throws Exception {
        List<ReceivedFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            files.add(signIn.as(ward.landOfficer(),
                    () -> StagedFiles.stage(staging, prefix + index + ".pdf", Samples.pdf(size, index))));
        }
        return files;
    }

    private List<Long> attachmentsOf(PetitionId petition) {
        return dsl.select(ATTACHMENT.ID).from(ATTACHMENT)
                .join(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(ATTACHMENT.PROGRESS_UPDATE_ID))
                .where(PROGRESS_UPDATE.PETITION_ID.eq(petition))
                .orderBy(ATTACHMENT.ID)
                .fetch(ATTACHMENT.ID);
    }

    /**
     * Watches this database's connections from one of its own and kills the first caught inserting a piece; false when
     * the save ended, or the time ran out, first.
     */
    private static boolean killOnFirstPiece(DSLContext watcher, Future<?> save, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!save.isDone() && System.nanoTime() < deadline) {
            Object writer = watcher.fetchValue("""
                    SELECT ID FROM information_schema.PROCESSLIST
                    WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND INFO LIKE 'insert into `attachment_chunk`%'
                    LIMIT 1""");
            if (writer != null) {
                watcher.execute("KILL CONNECTION " + writer);
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
