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
