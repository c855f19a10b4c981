package fr.conventio.adapters.persistence.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files of each accepted kind (and a few impostors), made in memory by the JDK. */
final class DocumentSamples {

    private DocumentSamples() {
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    /** An OpenDocument file: first entry "mimetype", stored uncompressed, as the standard asks. */
    static byte[] openDocument(String mimeType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] declared = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(declared.length);
            CRC32 crc = new CRC32();
            crc.update(declared);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(declared);
            zip.closeEntry();
            add(zip, "content.xml", "<office:document-content/>");
            add(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        return officeOpenXml("word/document.xml");
    }

    static byte[] xlsx() {
        return officeOpenXml("xl/workbook.xml");
    }

    /**
     * A DOCX whose main part inflates to {@code inflated} bytes (a multiple of 1 Mio) of spaces, about a
     * thousandth of that once deflated (a zip bomb). Made without deflating it all: one megabyte of spaces is
     * deflated once with a full flush (so that its blocks stand alone), and those blocks are repeated.
     */
    static byte[] docxInflatingTo(long inflated) {
        return docxInflatingTo(inflated, inflated);
    }

    /** The same, its headers declaring {@code declared} bytes once inflated (a bomb that lies about its size). */
    static byte[] docxInflatingTo(long inflated, long declared) {
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
        deflater.setInput(chunk);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.FULL_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.finish();
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        while (!deflater.finished()) {
            last.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        long chunks = inflated / chunk.length;
        CRC32 crc = new CRC32();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] blocks = block.toByteArray();
        for (long i = 0; i < chunks; i++) {
            crc.update(chunk);
            data.writeBytes(blocks);
        }
        data.writeBytes(last.toByteArray());
        byte[] contentTypes = "<Types/>".getBytes(StandardCharsets.UTF_8);
        CRC32 typesCrc = new CRC32();
        typesCrc.update(contentTypes);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        entry(zip, central, "[Content_Types].xml", 0, typesCrc.getValue(), contentTypes.length, contentTypes.length, contentTypes);
        entry(zip, central, "word/document.xml", 8, crc.getValue(), data.size(), declared, data.toByteArray());
        int centralOffset = zip.size();
        zip.writeBytes(central.toByteArray());
        writeInt(zip, 0x06054b50);
        writeShort(zip, 0);
        writeShort(zip, 0);
        writeShort(zip, 2);
        writeShort(zip, 2);
        writeInt(zip, central.size());
        writeInt(zip, centralOffset);
        writeShort(zip, 0);
        return zip.toByteArray();
    }

    /** A local file header and its data in {@code zip}, its central directory record in {@code central}. */
    private static void entry(ByteArrayOutputStream zip, ByteArrayOutputStream central, String name, int method, long crc,
                              long compressed, long size, byte[] data) {
        byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
        int offset = zip.size();
        writeInt(zip, 0x04034b50);
        writeShort(zip, 20);
        writeShort(zip, 0);
        writeShort(zip, method);
        writeInt(zip, 0);
        writeInt(zip, (int) crc);
        writeInt(zip, (int) compressed);
        writeInt(zip, (int) size);
        writeShort(zip, fileName.length);
        writeShort(zip, 0);
        zip.writeBytes(fileName);
        zip.writeBytes(data);
        writeInt(central, 0x02014b50);
        writeShort(central, 20);
        writeShort(central, 20);
        writeShort(central, 0);
        writeShort(central, method);
        writeInt(central, 0);
        writeInt(central, (int) crc);
        writeInt(central, (int) compressed);
        writeInt(central, (int) size);
        writeShort(central, fileName.length);
        writeShort(central, 0);
        writeShort(central, 0);
        writeShort(central, 0);
        writeShort(central, 0);
        writeInt(central, 0);
        writeInt(central, offset);
        central.writeBytes(fileName);
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        writeShort(out, value & 0xFFFF);
        writeShort(out, (value >>> 16) & 0xFFFF);
    }

    /** An XLSX with {@code entries} entries in all (its workbook and the rest, tiny sheets). */
    static byte[] xlsxWithEntries(int entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "[Content_Types].xml", "<Types/>");
            add(zip, "xl/workbook.xml", "<workbook/>");
            for (int i = 3; i <= entries; i++) {
                add(zip, "xl/worksheets/sheet" + i + ".xml", "<worksheet/>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A plain ZIP archive (not an office document). */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "readme.txt", "bonjour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The OLE2 compound-file header of DOC and XLS files, followed by filler. */
    static byte[] ole2() {
        byte[] content = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    /** A Windows executable ("MZ"). */
    static byte[] executable() {
        byte[] content = new byte[256];
        content[0] = 'M';
        content[1] = 'Z';
        return content;
    }

    private static byte[] officeOpenXml(String mainPart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "[Content_Types].xml", "<Types/>");
            add(zip, "_rels/.rels", "<Relationships/>");
            add(zip, mainPart, "<document/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
