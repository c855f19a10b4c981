package fr.conventio.adapters.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document the storage accepts, recognised by their content (magic bytes), never by
 * their name alone: PDF, PNG, JPEG, OpenDocument text and spreadsheet, Office Open XML (DOCX, XLSX)
 * and the older Office formats (DOC, XLS, which share the OLE2 container: the file name's extension
 * tells them apart once the container is recognised).
 */
enum DocumentType {
    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
    ODT("ODT", "application/vnd.oasis.opendocument.text", "odt"),
    ODS("ODS", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("DOC", "application/msword", "doc"),
    XLS("XLS", "application/vnd.ms-excel", "xls");

    /** The list shown when a file is refused. */
    static final String ACCEPTED = "PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, DOC, XLS";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** ZIP entries read at most to recognise an Office or OpenDocument file (a zip bomb is not unpacked). */
    private static final int MAX_ZIP_ENTRIES = 200;

    private final String label;
    private final String mimeType;
    private final Set<String> extensions;

    DocumentType(String label, String mimeType, String... extensions) {
        this.label = label;
        this.mimeType = mimeType;
        this.extensions = Set.of(extensions);
    }

    String label() {
        return label;
    }

    String mimeType() {
        return mimeType;
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    /** What the content is, whatever its name says; empty when it is none of the accepted kinds. */
    static Optional<Family> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(new Family(List.of(PDF), "PDF"));
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(new Family(List.of(PNG), "PNG"));
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(new Family(List.of(JPEG), "JPEG"));
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return Optional.of(new Family(List.of(DOC, XLS), "document Office 97-2003 (DOC ou XLS)"));
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return zipped(content).map(type -> new Family(List.of(type), type.label));
        }
        return Optional.empty();
    }

    /** OpenDocument: a first entry "mimetype" naming the type; Office Open XML: its main part. */
    private static Optional<DocumentType> zipped(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            boolean contentTypes = false;
            DocumentType office = null;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (entries == 1 && name.equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return declared.equals(ODT.mimeType) ? Optional.of(ODT)
                            : declared.equals(ODS.mimeType) ? Optional.of(ODS) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("word/document.xml")) {
                    office = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    office = XLSX;
                }
            }
            return contentTypes ? Optional.ofNullable(office) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The extension of a file name, in lower case ("" when none). */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * What the content was recognised as: one type, or the types sharing a container (DOC, XLS).
     *
     * @param label the content's kind, in French, for refusal messages
     */
    record Family(List<DocumentType> types, String label) {

        /** The type the file name's extension picks in this family, if it names one of them. */
        Optional<DocumentType> withExtension(String extension) {
            return types.stream().filter(type -> type.hasExtension(extension)).findFirst();
        }
    }
}
