package vn.petitionboard.petition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.base.text.CleanText;

/**
 * Which files a progress update may carry: PDF, images and Office documents up to 10 MB each. The type comes from
 * the file's extension and must agree with its first bytes; what the browser claims is ignored.
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

    private record Kind(String contentType, byte[] magic) {
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

    record Checked(String fileName, String contentType, byte[] content) {
    }

    private Attachments() {
    }

    /** The extensions a file picker should offer (".pdf", ".docx", …): the same list {@link #check} accepts. */
    public static List<String> acceptedFileTypes() {
        return KINDS.keySet().stream().sorted().map(extension -> "." + extension).toList();
    }

    /** The accepted file, or the message key of why it is refused. */
    static Result check(PetitionCommands.Upload upload) {
        String name = CleanText.of(upload.fileName());
        if (name == null || upload.content() == null) {
            return new Result(Optional.empty(), "validation.attachment.missing");
        }
        if (upload.content().length > MAX_BYTES) {
            return new Result(Optional.empty(), "validation.attachment.tooLarge");
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || !startsWith(upload.content(), kind.magic())) {
            return new Result(Optional.empty(), "validation.attachment.type");
        }
        String safeName = name.replaceAll("[\\\\/:*?\"<>|]", "_");
        if (CleanText.length(safeName) > 255) {
            safeName = safeName.substring(safeName.length() - 255);
        }
        return new Result(Optional.of(new Checked(safeName, kind.contentType(), upload.content())), null);
    }

    record Result(Optional<Checked> file, String refusalKey) {
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
