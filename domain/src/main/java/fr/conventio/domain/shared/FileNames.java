package fr.conventio.domain.shared;

import java.text.Normalizer;

/**
 * The two forms of an uploaded file's name.
 * <ul>
 *   <li>{@link #safe}: the name the document is stored and downloaded under. Only the last segment of a
 *       path is kept; control characters (C0, DEL, C1: CR and LF among them), invisible format characters
 *       (bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F, zero
 *       width characters, the byte order mark...), line and paragraph separators are removed; quotes, path
 *       separators and the characters file systems refuse ({@code " ' ` / \ : * ? < > |}) become "_"; runs
 *       of spaces become one space. What remains is what a browser puts in a Content-Disposition header and
 *       a file dialog shows, with no surprise ("facture\u202Efdp.exe" cannot pass for a PDF).</li>
 *   <li>{@link #display}: the name as uploaded, for staff to see, with every invisible or control
 *       character shown as its code ("facture[U+202E]fdp.exe", "a[U+000D][U+000A]b.pdf"), so that what is
 *       read is what is stored.</li>
 * </ul>
 */
public final class FileNames {

    /** The name given to a file whose name is made only of removed characters. */
    static final String FALLBACK = "document";

    private FileNames() {
    }

    /** The last segment of a path, as some browsers send "C:\fakepath\rapport.pdf". */
    public static String lastSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /**
     * The cleaned name (see the class comment), NFC-normalised and stripped; {@value #FALLBACK} (with the
     * extension, if one is left) when nothing else remains. Never longer than the original.
     */
    public static String safe(String original) {
        String name = Normalizer.normalize(lastSegment(original), Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !clean.isEmpty()) {
                clean.append(' ');
            }
            space = false;
            clean.appendCodePoint("\"'`/\\:*?<>|".indexOf(c) >= 0 ? '_' : c);
        }
        String result = clean.toString().strip();
        if (result.startsWith(".")) {
            result = FALLBACK + result.replaceFirst("^\\.+", ".");   // ".pdf" is "document.pdf", never a hidden file
        }
        return result.isEmpty() ? FALLBACK : result;
    }

    /** The name as uploaded, with each invisible or control character written "[U+XXXX]" (see the class comment). */
    public static String display(String original) {
        StringBuilder shown = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); ) {
            int c = original.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                shown.append(String.format("[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        }
        return shown.toString();
    }

    /**
     * Control characters (C0, DEL, C1), format characters (bidi controls, zero width, soft hyphen, BOM...),
     * line and paragraph separators, lone surrogates, private use and unassigned code points.
     */
    static boolean isInvisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
