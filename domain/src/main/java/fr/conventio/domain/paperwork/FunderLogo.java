package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Objects;

/**
 * The funder's logo, put in the letterhead of every generated document: a PNG or JPEG image of at most
 * {@link #MAX_BYTES}, recognised by its content (its signature and first header), not by its file name. Build it with
 * {@link #of(String, byte[])}, which refuses anything else with a French message naming the field.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}, as read from the content
 * @param width     the image's width in pixels (from its header)
 * @param height    the image's height in pixels (from its header)
 */
public record FunderLogo(String mediaType, byte[] content, int width, int height) {

    public static final String FIELD = "logo du financeur";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    /** At most 1 Mo: a letterhead logo needs no more. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** At most 4 000 pixels each way. */
    public static final int MAX_PIXELS = 4000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public FunderLogo {
        Objects.requireNonNull(mediaType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Width over height, to scale the logo into the letterhead. */
    public double aspectRatio() {
        return (double) width / height;
    }

    /**
     * The logo read from an uploaded file, its type from its content.
     *
     * @throws InvalidValueException empty, above 1 Mo, neither PNG nor JPEG, or an image whose size cannot be read
     */
    public static FunderLogo of(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "le fichier" : "le fichier « " + fileName + " »";
        if (content == null || content.length == 0) {
            throw new InvalidValueException(FIELD, name + " est vide");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException(FIELD, name + " pèse " + FrenchTypography.grouped(java.math.BigDecimal.valueOf(content.length / 1024))
                    + " Ko ; un logo pèse au plus 1 024 Ko (1 Mo)");
        }
        int[] size;
        String mediaType;
        if (startsWith(content, PNG_SIGNATURE)) {
            mediaType = PNG;
            size = pngSize(content);
        } else if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            mediaType = JPEG;
            size = jpegSize(content);
        } else {
            throw new InvalidValueException(FIELD, name + " n'est pas une image PNG ou JPEG (son contenu ne l'est pas, quel que soit son nom)");
        }
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new InvalidValueException(FIELD, name + " est une image " + (PNG.equals(mediaType) ? "PNG" : "JPEG")
                    + " illisible ou incomplète");
        }
        if (size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
            throw new InvalidValueException(FIELD, name + " mesure " + size[0] + " × " + size[1] + " pixels ; un logo mesure au plus "
                    + MAX_PIXELS + " pixels de côté");
        }
        return new FunderLogo(mediaType, content, size[0], size[1]);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Width and height from the IHDR chunk, which must come first. */
    private static int[] pngSize(byte[] c) {
        if (c.length < 24 || c[12] != 'I' || c[13] != 'H' || c[14] != 'D' || c[15] != 'R') {
            return null;
        }
        return new int[]{int32(c, 16), int32(c, 20)};
    }

    /** Width and height from the first start-of-frame segment (SOF0 to SOF15 but DHT, JPG and DAC). */
    private static int[] jpegSize(byte[] c) {
        int i = 2;
        while (i + 9 < c.length) {
            if ((c[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = c[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = ((c[i + 2] & 0xFF) << 8) | (c[i + 3] & 0xFF);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int height = ((c[i + 5] & 0xFF) << 8) | (c[i + 6] & 0xFF);
                int width = ((c[i + 7] & 0xFF) << 8) | (c[i + 8] & 0xFF);
                return new int[]{width, height};
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] c, int at) {
        return ((c[at] & 0xFF) << 24) | ((c[at + 1] & 0xFF) << 16) | ((c[at + 2] & 0xFF) << 8) | (c[at + 3] & 0xFF);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunderLogo l && mediaType.equals(l.mediaType) && Arrays.equals(content, l.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "FunderLogo[" + mediaType + ", " + width + "×" + height + ", " + content.length + " octets]";
    }
}
