package vn.petitionboard.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeFilesTest {

    @TempDir
    Path dir;

    Optional<OfficeFiles.Problem> check(byte[] content) throws IOException {
        Path file = dir.resolve("sample.docx");
        Files.write(file, content);
        return OfficeFiles.check(file);
    }

    @Test
    void an_ordinary_document_passes() throws IOException {
        assertThat(check(Samples.docx())).isEmpty();
    }

    @Test
    void a_zip_bomb_is_stopped_after_200_mb_of_inflating() throws IOException {
        byte[] bomb = Samples.docxZipBomb();
        assertThat(bomb.length).as("the bomb's own size").isLessThan(1024 * 1024);
        assertThat(check(bomb)).contains(OfficeFiles.Problem.TOO_BIG);
    }

    @Test
    void too_many_parts_are_refused_before_inflating_any() throws IOException {
        assertThat(check(Samples.docxWithTooManyParts())).contains(OfficeFiles.Problem.TOO_BIG);
    }

    @Test
    void a_program_inside_is_refused_by_its_name_or_by_its_first_bytes() throws IOException {
        assertThat(check(Samples.docxWithExe())).contains(OfficeFiles.Problem.EXECUTABLE);
        assertThat(check(Samples.docxWithProgramAsPicture())).contains(OfficeFiles.Problem.EXECUTABLE);
        assertThat(check(Samples.docxWithMacros())).contains(OfficeFiles.Problem.EXECUTABLE);
    }

    @Test
    void a_file_that_only_starts_like_a_zip_is_damaged() throws IOException {
        assertThat(check(new byte[] {'P', 'K', 3, 4, 0, 0, 0})).contains(OfficeFiles.Problem.DAMAGED);
    }
}
