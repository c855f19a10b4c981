package fr.conventio.adapters.persistence.support;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.TextLimits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audited fields of an aggregate as text, built by each adapter's {@code auditedFields}: amounts as
 * plain decimals ("72000.00"), rates in percent ("80.00"), dates ISO, enums by name. A field without a
 * value is left out (it shows as {@code null} in a change).
 *
 * <p>Long texts follow one rule. A text that can be overwritten (the objectives, the programme, names,
 * addresses, people, the deliberation) is audited whole with {@link #put}: the audit row is then the only
 * place its former value survives. A text kept in a record that is never rewritten once made (the reason of
 * a rejection, a waiver, a cancellation; the description of an amendment or of a delegation) is audited by
 * {@link #putDigest}, its length and SHA-256: the text stays once in its own row, and the audit proves it
 * unchanged without storing it a second time.
 */
public final class AuditedFields {

    private final Map<String, String> fields = new LinkedHashMap<>();

    public AuditedFields put(String field, Object value) {
        Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (present != null) {
            fields.put(field, text(present));
        }
        return this;
    }

    /** A text kept whole in its own, never rewritten, row: "sha256:<64 hex> (<n> caractères)" (see the class comment). */
    public AuditedFields putDigest(String field, String text) {
        if (text != null) {
            fields.put(field, digest(text));
        }
        return this;
    }

    /** "sha256:<64 hex digits> (<length in characters> caractères)". */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash) + " (" + TextLimits.length(text) + " caractères)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }

    public Map<String, String> toMap() {
        return new LinkedHashMap<>(fields);
    }

    private static String text(Object value) {
        return switch (value) {
            case Amount amount -> amount.value().toPlainString();
            case Rate rate -> rate.percentTwoDecimals().toPlainString();
            case Enum<?> constant -> constant.name();
            default -> value.toString();
        };
    }
}
