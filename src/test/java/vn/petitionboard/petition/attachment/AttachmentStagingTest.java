package vn.petitionboard.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving a file: what is kept, what is refused, and how much of the body is read to decide. */
class AttachmentStagingTest {

    @TempDir
    Path root;

    AttachmentStaging staging;

    @BeforeEach
    void setUp() {
        staging = new AttachmentStaging(root.toString(), Clock.systemUTC());
    }

    Reception receive(String name, byte[] content) {
        return staging.receive(name, content.length, new ByteArrayInputStream(content));
    }

    long stagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(staging.directory())) {
            return files.count();
        }
    }

    @Test
    void a_file_of_exactly_10_mb_is_kept_on_disk_under_a_name_of_our_own() throws IOException {
        byte[] pdf = Samples.pdf(Attachments.MAX_BYTES, 1);
        Reception reception = receive("bien-ban.pdf", pdf);
        assertThat(reception).isInstanceOfSatisfying(Reception.Received.class, r -> {
            assertThat(r.file().fileName()).isEqualTo("bien-ban.pdf");
            assertThat(r.file().contentType()).isEqualTo("application/pdf");
            assertThat(r.file().size()).isEqualTo(pdf.length);
            assertThat(r.file().path().getParent()).isEqualTo(staging.directory());
            assertThat(r.file().path().getFileName().toString()).endsWith(".part").doesNotContain("bien-ban");
        });
        ReceivedFile file = ((Reception.Received) reception).file();
        try (InputStream in = file.open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        file.discard();
        assertThat(stagedFiles()).isZero();
    }

    @Test
    void a_declared_length_over_10_mb_is_refused_without_reading_the_body() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        Reception reception = staging.receive("lon.pdf", 60L * 1024 * 1024, untouchable);
        assertThat(reception).isEqualTo(new Reception.Refused("lon.pdf", "validation.attachment.tooLarge"));
    }

    @Test
    void a_body_without_a_length_is_read_only_to_the_first_byte_over_10_mb() throws IOException {
        CountingStream body = new CountingStream(60L * 1024 * 1024);
        Reception reception = staging.receive("lon.pdf", -1, body);
        assertThat(reception).isEqualTo(new Reception.Refused("lon.pdf", "validation.attachment.tooLarge"));
        assertThat(body.served).isEqualTo(Attachments.MAX_BYTES + 1L);
        assertThat(stagedFiles()).as("the part written is gone").isZero();
    }

    @Test
    void a_body_that_stops_half_way_leaves_nothing() throws IOException {
        InputStream broken = new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("Connection reset by peer");
                }
                return served < 6 ? "%PDF-".charAt(served - 1) : 0;
            }
        };
        assertThat(staging.receive("a.pdf", 500_000, broken)).isEqualTo(new Reception.Interrupted("a.pdf"));
        assertThat(stagedFiles()).isZero();
    }

    @Test
    void the_type_comes_from_the_real_extension_and_the_first_bytes() throws IOException {
        assertThat(receive("virus.exe", new byte[] {'M', 'Z'})).isEqualTo(
                new Reception.Refused("virus.exe", "validation.attachment.type"));
        assertThat(receive("virus.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0})).isEqualTo(
                new Reception.Refused("virus.pdf", "validation.attachment.type"));
        assertThat(receive("hoso\u202Efdp.exe", new byte[] {'%', 'P', 'D', 'F', '-'})).as("shown as hosoexe.pdf")
                .isEqualTo(new Reception.Refused("hosofdp.exe", "validation.attachment.type"));
        assertThat(stagedFiles()).isZero();
    }

    @Test
    void a_bidi_override_is_taken_out_of_the_kept_name() {
        Reception reception = receive("bao-cao\u202Excod.pdf", Samples.pdf(2000, 2));
        assertThat(reception.fileName()).isEqualTo("bao-caoxcod.pdf");
        ((Reception.Received) reception).file().discard();
    }

    @Test
    void office_files_are_opened_and_bombs_or_programs_refused() throws IOException {
        assertThat(receive("bien-ban.docx", Samples.docx())).isInstanceOf(Reception.Received.class);
        assertThat(receive("bom.docx", Samples.docxZipBomb()))
                .isEqualTo(new Reception.Refused("bom.docx", "validation.attachment.zipBomb"));
        assertThat(receive("cai-dat.docx", Samples.docxWithExe()))
                .isEqualTo(new Reception.Refused("cai-dat.docx", "validation.attachment.executable"));
        assertThat(receive("anh.xlsx", Samples.docxWithProgramAsPicture()))
                .isEqualTo(new Reception.Refused("anh.xlsx", "validation.attachment.executable"));
        assertThat(stagedFiles()).as("only the good document").isOne();
    }

    /** {@code size} bytes of a PDF, counting how many were read. */
    static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? "%PDF-".getBytes()[(int) Math.min(served++, 4)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = served + i < 5 ? "%PDF-".getBytes()[(int) (served + i)] : 0;
            }
            served += n;
            return n;
        }
    }
}
