package fr.conventio.domain.settlement;

import fr.conventio.domain.shared.InvalidValueException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number of a recovery order, sequential per funder and year: "TR-2021-0001". The sequence is
 * kept by the caller (the persistence adapter hands out the next one per funder and year); this
 * value only guarantees the format.
 */
public record RecoveryOrderNumber(int year, int sequence) implements Comparable<RecoveryOrderNumber> {

    private static final Pattern FORMAT = Pattern.compile("TR-(\\d{4})-(\\d{4,})");

    public RecoveryOrderNumber {
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("numéro de titre", "année invalide : " + year);
        }
        if (sequence < 1) {
            throw new InvalidValueException("numéro de titre", "le numéro d'ordre commence à 1 (reçu " + sequence + ")");
        }
    }

    public static RecoveryOrderNumber of(int year, int sequence) {
        return new RecoveryOrderNumber(year, sequence);
    }

    /** Parses "TR-2021-0001". */
    public static RecoveryOrderNumber parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("numéro de titre", "« " + text + " » n'est pas un numéro de titre (attendu TR-AAAA-NNNN)");
        }
        return new RecoveryOrderNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The next number of the same year. */
    public RecoveryOrderNumber next() {
        return new RecoveryOrderNumber(year, sequence + 1);
    }

    @Override
    public int compareTo(RecoveryOrderNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return "TR-%04d-%04d".formatted(year, sequence);
    }
}
