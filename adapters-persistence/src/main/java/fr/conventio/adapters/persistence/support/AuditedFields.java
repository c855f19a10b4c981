package fr.conventio.adapters.persistence.support;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audited fields of an aggregate as text, built by each adapter's {@code auditedFields}: amounts as
 * plain decimals ("72000.00"), rates in percent ("80.00"), dates ISO, enums by name. A field without a
 * value is left out (it shows as {@code null} in a change).
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
