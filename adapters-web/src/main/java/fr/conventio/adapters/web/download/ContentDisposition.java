package fr.conventio.adapters.web.download;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): {@code attachment}, an ASCII
 * {@code filename} for old clients (accents dropped, anything else outside printable ASCII, quotes and
 * backslashes replaced by "_") and the exact name in {@code filename*} (RFC 5987: UTF-8, percent-encoded
 * except the attr-chars). The header never carries a control character, whatever the name.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** {@code attachment; filename="rapport-financier.pdf"; filename*=UTF-8''rapport%20financier%C3%A9.pdf}. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** The name in printable ASCII: accents removed ("é" is "e"), other characters, '"' and '\' as "_". */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: ALPHA, DIGIT and the attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
