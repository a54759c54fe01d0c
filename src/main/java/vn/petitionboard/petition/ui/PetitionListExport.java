package vn.petitionboard.petition.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.petitionboard.petition.ExcelLabels;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionSearchService;

/**
 * "Xuất Excel": exactly the filtered list as a workbook. It is written to a temporary file as the rows stream from
 * the database, then streamed to the browser; the file goes when the stream is closed.
 */
final class PetitionListExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PetitionListExport() {
    }

    /** {@code filter} is read by the download request, which runs outside the UI's lock. */
    static DownloadHandler handler(PetitionSearchService petitions, Supplier<PetitionListFilter> filter,
            ExcelLabels labels) {
        return DownloadHandler.fromInputStream(event -> {
            PetitionListFilter current = filter.get();
            Path file = Files.createTempFile("kien-nghi-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                petitions.exportXlsx(current, labels, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            String name = "kien-nghi-" + petitions.today() + ".xlsx";
            return new DownloadResponse(new DeletingInputStream(file), name, XLSX, Files.size(file));
        });
    }

    private static final class DeletingInputStream extends FilterInputStream {

        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
