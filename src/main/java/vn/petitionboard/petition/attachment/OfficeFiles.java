package vn.petitionboard.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What is inside a zip-based Office file (.docx, .xlsx, .pptx, .odt, .ods). A zip bomb (a few hundred kilobytes that
 * expand to gigabytes) would take a server's disk or memory when someone opens or indexes it, and a program packed
 * inside a document is handed on to everyone who may read the petition. Every entry is inflated and counted, never
 * extracted; the central directory's claimed sizes are not trusted.
 */
final class OfficeFiles {

    /** A large workbook or presentation has a few hundred entries; the bound leaves room and stops absurd ones. */
    static final int MAX_ENTRIES = 2_000;
    /** Office XML compresses about 10:1, so a 10 MB document expands to some 100 MB at most. */
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

    private static final Set<String> EXECUTABLE = Set.of("exe", "dll", "com", "bat", "cmd", "js", "jse", "vbs",
            "vbe", "wsf", "wsh", "ps1", "psm1", "msi", "msp", "scr", "pif", "cpl", "hta", "jar", "lnk", "reg", "sh",
            "elf", "so", "app", "apk");
    /** Macros: a .docx/.xlsx/.pptx that carries one is a renamed .docm/.xlsm/.pptm. */
    private static final String MACRO_PROJECT = "vbaproject.bin";

    enum Problem {
        DAMAGED("validation.attachment.damaged"),
        TOO_BIG("validation.attachment.zipBomb"),
        EXECUTABLE("validation.attachment.executable");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private OfficeFiles() {
    }

    static Optional<Problem> check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.of(Problem.TOO_BIG);
            }
            long expanded = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isExecutableName(entry.getName())) {
                    return Optional.of(Problem.EXECUTABLE);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    boolean first = true;
                    int read;
                    while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                        if (first && read >= 2 && buffer[0] == 'M' && buffer[1] == 'Z') {
                            return Optional.of(Problem.EXECUTABLE); // a Windows program, whatever its name
                        }
                        first = false;
                        expanded += read;
                        if (expanded > MAX_EXPANDED_BYTES) {
                            return Optional.of(Problem.TOO_BIG);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(Problem.DAMAGED); // not a zip, or one Java refuses to read (ZipException is an IOException)
        }
    }

    private static boolean isExecutableName(String entryName) {
        // The same cleaning as an uploaded name: "a.e[U+202E]xe" is a ".exe" too.
        String base = FileNames.clean(entryName.substring(entryName.lastIndexOf('/') + 1));
        if (base == null) {
            return false;
        }
        return base.toLowerCase(Locale.ROOT).equals(MACRO_PROJECT) || EXECUTABLE.contains(FileNames.extension(base));
    }
}
