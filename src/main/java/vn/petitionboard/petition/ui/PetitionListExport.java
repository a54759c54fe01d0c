package vn.petitionboard.petition.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.petitionboard.base.text.SearchText;
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
            String name = fileName(current, LocalDateTime.now(petitions.clock()));
            return new DownloadResponse(new DeletingInputStream(file), name, XLSX, Files.size(file));
        });
    }

    /** The sheet's words, printed title and page word from the UI's bundle, in the user's language. */
    static ExcelLabels labels(Function<String, String> translation) {
        return new ExcelLabels(translation.apply("petitions.export.sheet"),
                ExcelLabels.COLUMNS.stream().map(c -> translation.apply("petitions.column." + c)).toList(),
                state -> translation.apply("state." + state.name()), translation.apply("petitions.export.title"),
                translation.apply("petitions.export.page"));
    }

    /**
     * A name that says what was exported and when, so that two exports of a day do not overwrite each other in the
     * downloads folder: "kien-nghi-nam-2025-qua-han-dat-dai-2026-12-02-1430.xlsx". Only letters, digits and hyphens.
     */
    static String fileName(PetitionListFilter filter, LocalDateTime at) {
        StringBuilder name = new StringBuilder("kien-nghi");
        filter.year().ifPresent(year -> name.append("-nam-").append(year));
        filter.state().ifPresent(state -> name.append('-').append(state.name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        if (filter.overdue()) {
            name.append("-qua-han");
        }
        if (filter.escalated()) {
            name.append("-chuyen-cap-tren");
        }
        String words = String.join("-", SearchText.terms(filter.text()));
        if (!words.isEmpty()) {
            name.append('-').append(words, 0, Math.min(words.length(), 40));
        }
        return name.append('-').append(at.format(STAMP)).append(".xlsx").toString();
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

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
