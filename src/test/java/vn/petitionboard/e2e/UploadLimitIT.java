package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * A signed-in user posts 60 MB to the progress dialog's upload endpoint, the way an attacker would: with its length
 * declared, without one, and as multipart. The server answers 413 before taking the body in (nothing of a declared
 * one, at most ~10 MB to disk of the others), its heap is where it was, and its log has one line, not a stack trace.
 * The app runs in this JVM, so its heap is this JVM's.
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadLimitIT extends BrowserTest {

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    private static final int PIECE = 64 * 1024;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    AttachmentStaging staging;

    private String uploadPath;
    private String sessionCookie;

    /** An officer with the progress dialog open: the upload endpoint exists for this session only. */
    @BeforeEach
    void openTheProgressDialog() throws Exception {
        Ward ward = wards.create();
        Captured petition = petitions.inProgress(ward, "Kiểm tra công trình xây dựng không phép");
        LoginPage.open(driver, baseUrl()).loginAs(ward.landOfficer(), TestWards.PASSWORD);
        PetitionPage.open(driver, baseUrl(), petition.id().value()).act("REPORT_PROGRESS");
        uploadPath = "/" + driver.findElement(By.id("field-attachments")).getDomAttribute("target");
        sessionCookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Test
    void a_60_mb_post_that_declares_its_length_is_refused_before_its_body_is_read(CapturedOutput log)
            throws Exception {
        long heapBefore = usedHeapAfterGc();
        long stagedBefore = stagedFiles();

        Answer answer = post("application/pdf", Framing.DECLARED, Duration.ofSeconds(20));

        long heapGrowth = usedHeapAfterGc() - heapBefore;
        report("declared 60 MB", answer, heapGrowth);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.sentBeforeAnswer()).as("bytes sent before the answer").isEqualTo(PIECE);
        assertThat(heapGrowth).as("heap growth").isLessThan(16L * 1024 * 1024);
        assertThat(stagedFiles()).isEqualTo(stagedBefore);
        assertQuiet(log);
    }

    @Test
    void a_60_mb_post_without_a_length_is_cut_off_after_10_mb(CapturedOutput log) throws Exception {
        long heapBefore = usedHeapAfterGc();
        long stagedBefore = stagedFiles();

        Answer answer = post("application/pdf", Framing.CHUNKED, Duration.ofSeconds(60));

        long heapGrowth = usedHeapAfterGc() - heapBefore;
        report("chunked 60 MB", answer, heapGrowth);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.sentBeforeAnswer()).as("bytes sent before the answer")
                .isGreaterThan(10L * 1024 * 1024).isLessThan(30L * 1024 * 1024);
        assertThat(answer.bodyFinished()).as("the client got all 60 MB out").isFalse();
        assertThat(heapGrowth).as("heap growth").isLessThan(16L * 1024 * 1024);
        assertThat(stagedFiles()).as("the part received is deleted").isEqualTo(stagedBefore);
        assertQuiet(log);
    }

    @Test
    void a_60_mb_multipart_post_without_a_length_is_cut_off_by_the_servlet_container(CapturedOutput log)
            throws Exception {
        long heapBefore = usedHeapAfterGc();

        Answer answer = post("multipart/form-data; boundary=xYzZY", Framing.CHUNKED, Duration.ofSeconds(60));

        long heapGrowth = usedHeapAfterGc() - heapBefore;
        report("multipart 60 MB", answer, heapGrowth);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.sentBeforeAnswer()).as("bytes sent before the answer")
                .isGreaterThan(11L * 1024 * 1024).isLessThan(30L * 1024 * 1024);
        assertThat(answer.bodyFinished()).as("the client got all 60 MB out").isFalse();
        assertThat(heapGrowth).as("heap growth").isLessThan(16L * 1024 * 1024);
        assertQuiet(log);
    }

    /** A refusal is one line in the log, not a stack trace: an attacker cannot fill the disk with them. */
    private static void assertQuiet(CapturedOutput log) {
        assertThat(log.getAll()).as("the log").doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    private enum Framing { DECLARED, CHUNKED }

    /** The status line's code, what the client had sent when it came, and whether the whole body got out. */
    private record Answer(int status, long sentBeforeAnswer, boolean bodyFinished, Duration elapsed) {
    }

    /**
     * Posts 60 MB over a plain socket in the browser's session. With a declared length only the first 64 KB are sent
     * before waiting for the answer (a server that waits for the rest times out the test); without one the body is
     * sent as fast as the server takes it, while the answer is awaited.
     */
    private Answer post(String contentType, Framing framing, Duration patience) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) patience.toMillis());
            OutputStream out = socket.getOutputStream();
            String body = contentType.startsWith("multipart") ? """
                    --xYzZY\r
                    Content-Disposition: form-data; name="file"; filename="lon.pdf"\r
                    Content-Type: application/pdf\r
                    \r
                    %PDF-1.4
                    """ : "%PDF-1.4\n";
            out.write(("POST " + uploadPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + sessionCookie
                    + "\r\nContent-Type: " + contentType + "\r\nX-Filename: lon.pdf\r\n"
                    + (framing == Framing.DECLARED ? "Content-Length: " + SIXTY_MB : "Transfer-Encoding: chunked")
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            byte[] piece = new byte[PIECE];
            byte[] start = body.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, piece, 0, start.length);
            long began = System.nanoTime();
            CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
                try {
                    if (framing == Framing.DECLARED) {
                        out.write(piece);
                        out.flush();
                        sent.addAndGet(PIECE);
                        return false;
                    }
                    while (sent.get() < SIXTY_MB) {
                        out.write((Integer.toHexString(PIECE) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(piece);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(PIECE);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return true;
                } catch (IOException e) {
                    return false; // the server closed the connection
                }
            });
            if (framing == Framing.DECLARED) {
                writer.join();
            }
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            long sentThen = sent.get();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
            socket.close();
            boolean finished = writer.join();
            assertThat(statusLine).as("the answer").isNotNull();
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), sentThen, finished, elapsed);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private long stagedFiles() throws IOException {
        try (Stream<Path> staged = Files.list(staging.directory())) {
            return staged.count();
        }
    }

    private static void report(String what, Answer answer, long heapGrowth) {
        System.out.printf("Upload limit, %s: HTTP %d after %d ms, %.1f MB sent before the answer, heap %+.1f MB "
                        + "after GC%n", what, answer.status(), answer.elapsed().toMillis(),
                answer.sentBeforeAnswer() / 1048576.0, heapGrowth / 1048576.0);
    }
}
