package fr.conventio.application.shared;

import fr.conventio.domain.shared.TextLimits;

import java.util.List;

/** Shape checks used by the compact constructors of commands and queries (French messages naming the field). */
public final class CommandChecks {

    private CommandChecks() {
    }

    /** Refuses a missing value: "{field} : champ obligatoire". */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, "champ obligatoire");
        }
        return value;
    }

    /** Refuses a missing or blank text; returns it stripped. */
    public static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "champ obligatoire");
        }
        return value.strip();
    }

    /**
     * Refuses a missing or blank text, or one longer than {@code max} characters ({@link TextLimits}):
     * "motif du rejet : 2 000 caractères au plus (reçu 1 048 576)"; returns it stripped.
     */
    public static String requiredText(String value, String field, int max) {
        return maxLength(requiredText(value, field), field, max);
    }

    /** Blank becomes {@code null}; other texts are stripped. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Blank becomes {@code null}; other texts are stripped and refused beyond {@code max} characters ({@link TextLimits}). */
    public static String optionalText(String value, String field, int max) {
        return maxLength(optionalText(value), field, max);
    }

    private static String maxLength(String value, String field, int max) {
        if (!TextLimits.fits(value, max)) {
            throw new InvalidCommandException(field, TextLimits.tooLong(max, TextLimits.length(value)));
        }
        return value;
    }

    /** An unmodifiable copy; {@code null} gives an empty list; a {@code null} element is refused. */
    public static <T> List<T> listOf(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidCommandException(field, "élément absent dans la liste");
            }
        }
        return List.copyOf(values);
    }

    /** Refuses a negative expected version (a version is read from a stored record, never invented). */
    public static long expectedVersion(Long version) {
        if (version == null) {
            throw new InvalidCommandException("version", "champ obligatoire (version de l'enregistrement affiché)");
        }
        if (version < 0) {
            throw new InvalidCommandException("version", "une version est positive ou nulle (" + version + ")");
        }
        return version;
    }

    /** Refuses a value outside [min, max]. */
    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidCommandException(field, "valeur attendue entre " + min + " et " + max + " (reçu " + value + ")");
        }
        return value;
    }
}
