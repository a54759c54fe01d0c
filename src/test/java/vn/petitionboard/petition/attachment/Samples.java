package vn.petitionboard.petition.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files a department might attach, good and bad, made in memory. */
public final class Samples {

    private Samples() {
    }

    /** A PDF of exactly {@code size} bytes; the bytes after the header are random, so no piece repeats another. */
    public static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** A Word document as Word writes one, reduced to what makes it a document. */
    public static byte[] docx() {
        return zip(new Entry[0]);
    }

    private static byte[] zipBomb;

    /** A .docx whose 200 KB hold 210 MB of zeros: a zip bomb. Made once, it takes a second or two. */
    public static synchronized byte[] docxZipBomb() {
        if (zipBomb == null) {
            zipBomb = zip(new Entry("word/media/image1.png", null));
        }
        return zipBomb.clone();
    }

    /** A .docx carrying a Windows program under its own name. */
    public static byte[] docxWithExe() {
        return zip(new Entry("word/embeddings/setup.exe", windowsProgram()));
    }

    /** A .docx carrying a Windows program disguised as a picture. */
    public static byte[] docxWithProgramAsPicture() {
        return zip(new Entry("word/media/image1.png", windowsProgram()));
    }

    /** A .docx with a macro project: a .docm renamed. */
    public static byte[] docxWithMacros() {
        return zip(new Entry("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
    }

    /** A .docx of 3,000 small parts. */
    public static byte[] docxWithTooManyParts() {
        Entry[] entries = new Entry[3_000];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry("word/parts/p" + i + ".xml", "<p/>".getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    private static byte[] windowsProgram() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        return program;
    }

    /** A part of the zip; null content is 210 MB of zeros, written a megabyte at a time. */
    private record Entry(String name, byte[] content) {
    }

    private static byte[] zip(Entry... extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>Biên bản kiểm tra hiện trường</w:t></w:r></w:p></w:body></w:document>"""
                    .getBytes(StandardCharsets.UTF_8));
            for (Entry entry : extra) {
                put(zip, entry.name(), entry.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (content == null) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
        } else {
            zip.write(content);
        }
        zip.closeEntry();
    }
}
