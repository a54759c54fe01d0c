package vn.petitionboard.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.base.text.InputCheck;

/**
 * Which files a progress update or an answer may carry: PDF, images and Office documents up to 10 MB each, five at most. The type
 * comes from the cleaned name's real extension and must agree with the file's first bytes; zip-based Office files are
 * opened and checked (see {@link OfficeFiles}); what the browser claims is ignored. The same rules run when a file is
 * received and again when the service stores it.
 */
public final class Attachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 5;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    record Kind(String contentType, byte[] magic) {

        boolean zipped() {
            return magic == ZIP;
        }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPEG)),
            Map.entry("gif", new Kind("image/gif", GIF)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", OLE)));

    private Attachments() {
    }

    /** The extensions a file picker should offer (".pdf", ".docx", …): the same list the server accepts. */
    public static List<String> acceptedFileTypes() {
        return KINDS.keySet().stream().sorted().map(extension -> "." + extension).toList();
    }

    /**
     * The files a command may store: each still staged, of its size, type and content, and no more than
     * {@link #MAX_FILES}. Every refusal is reported under {@code field} with the file's name.
     */
    public static List<ReceivedFile> verify(List<ReceivedFile> files, InputCheck check, String field) {
        if (files == null) {
            return List.of();
        }
        List<ReceivedFile> accepted = new ArrayList<>();
        check.require(files.size() <= MAX_FILES, field, "validation.attachment.count", MAX_FILES);
        for (ReceivedFile file : files) {
            problem(file).ifPresentOrElse(key -> check.fail(field, key, file.fileName()), () -> accepted.add(file));
        }
        return accepted;
    }

    static Optional<Kind> kindOf(String cleanName) {
        return Optional.ofNullable(KINDS.get(FileNames.extension(cleanName)));
    }

    /** Why the file on disk may not be stored under its name, as a message key; empty when it may. */
    static Optional<String> contentProblem(Kind kind, Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return Optional.of(Reception.Refused.TOO_LARGE);
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(kind.magic().length);
        }
        if (!Arrays.equals(start, kind.magic())) {
            return Optional.of("validation.attachment.type");
        }
        return kind.zipped() ? OfficeFiles.check(file).map(p -> p.messageKey) : Optional.empty();
    }

    private static Optional<String> problem(ReceivedFile file) {
        Optional<Kind> kind = kindOf(file.fileName());
        if (kind.isEmpty() || !kind.get().contentType().equals(file.contentType())) {
            return Optional.of("validation.attachment.type");
        }
        try {
            if (!file.isStaged() || Files.size(file.path()) != file.size()) {
                return Optional.of("validation.attachment.gone");
            }
            return contentProblem(kind.get(), file.path());
        } catch (IOException e) {
            return Optional.of("validation.attachment.gone");
        }
    }
}
