package fr.conventio.adapters.persistence.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
    /** The most entries an Office or OpenDocument archive may have (a real one has a few dozen). */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** The most bytes all the entries of an archive may inflate to (100 Mo: ten times the largest upload, and more). */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

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

    /**
     * What the content is, whatever its name says; empty when it is none of the accepted kinds.
     *
     * @throws UnsafeArchiveException when it is a ZIP archive too large once inflated, with too many entries, or unreadable
     */
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

    /**
     * OpenDocument: a first entry "mimetype" naming the type; Office Open XML: "[Content_Types].xml" and its
     * main part. Every entry is inflated and counted as it is read, never trusting the sizes the archive
     * declares: more than {@link #MAX_ZIP_ENTRIES} entries or more than {@link #MAX_INFLATED_BYTES} bytes
     * once inflated, and the archive is refused (a zip bomb); so is an archive that cannot be read through.
     *
     * @throws UnsafeArchiveException when the archive is refused
     */
    private static Optional<DocumentType> zipped(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            long inflated = 0;
            byte[] buffer = new byte[8192];
            boolean contentTypes = false;
            DocumentType office = null;
            DocumentType openDocument = null;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new UnsafeArchiveException("l'archive compte plus de " + MAX_ZIP_ENTRIES + " éléments");
                }
                String name = entry.getName();
                ByteArrayOutputStream mimetype = entries == 1 && name.equals("mimetype") ? new ByteArrayOutputStream() : null;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES) {
                        throw new UnsafeArchiveException("une fois décompressée, l'archive dépasse " + (MAX_INFLATED_BYTES / (1024 * 1024))
                                + " Mo (bombe de décompression)");
                    }
                    if (mimetype != null && mimetype.size() < 100) {
                        mimetype.write(buffer, 0, Math.min(read, 100 - mimetype.size()));
                    }
                }
                if (mimetype != null) {
                    String declared = mimetype.toString(StandardCharsets.US_ASCII).strip();
                    openDocument = declared.equals(ODT.mimeType) ? ODT : declared.equals(ODS.mimeType) ? ODS : null;
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("word/document.xml")) {
                    office = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    office = XLSX;
                }
            }
            if (entries == 0) {
                throw new UnsafeArchiveException("l'archive est vide ou illisible");
            }
            return openDocument != null ? Optional.of(openDocument) : contentTypes ? Optional.ofNullable(office) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new UnsafeArchiveException("l'archive est illisible ou endommagée");
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

    /** A ZIP archive refused while it was inspected; the message says why, in French. */
    static final class UnsafeArchiveException extends RuntimeException {

        UnsafeArchiveException(String reason) {
            super(reason);
        }
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
