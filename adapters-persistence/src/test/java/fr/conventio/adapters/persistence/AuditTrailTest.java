package fr.conventio.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The diff and its JSON text, without a database. */
class AuditTrailTest {

    @Test
    void only_the_fields_that_differ_are_kept_with_their_old_and_new_values() {
        Map<String, String> before = new LinkedHashMap<>(Map.of("status", "SIGNED", "reference", "ECO-1", "suspendedSince", "2020-04-01"));
        Map<String, String> after = new AuditedFields().put("status", "SETTLED").put("reference", "ECO-1")
                .put("finalSubsidy", Amount.of(72_000)).toMap();

        assertThat(AuditTrail.diff(before, after)).containsExactly(
                Map.entry("status", new AuditTrail.Change("SIGNED", "SETTLED")),
                Map.entry("finalSubsidy", new AuditTrail.Change(null, "72000.00")),
                Map.entry("suspendedSince", new AuditTrail.Change("2020-04-01", null)));
        assertThat(AuditTrail.diff(before, before)).isEmpty();
    }

    @Test
    void values_are_written_as_text_absent_ones_left_out() {
        Map<String, String> fields = new AuditedFields().put("amount", Amount.of("1.5")).put("rate", Rate.ofPercent(80))
                .put("date", LocalDate.of(2020, 2, 3)).put("empty", Optional.empty()).put("none", null)
                .put("present", Optional.of(3)).put("kind", java.time.DayOfWeek.MONDAY).toMap();

        assertThat(fields).containsExactly(Map.entry("amount", "1.50"), Map.entry("rate", "80.00"), Map.entry("date", "2020-02-03"),
                Map.entry("present", "3"), Map.entry("kind", "MONDAY"));
    }

    @Test
    void json_strings_are_escaped() {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("motif \"1\"", new AuditTrail.Change("a\\b", "ligne\nsuivante\t\u0001"));
        changes.put("vide", new AuditTrail.Change(null, ""));

        assertThat(AuditTrail.toJson(changes)).isEqualTo(
                "{\"motif \\\"1\\\"\": {\"old\": \"a\\\\b\", \"new\": \"ligne\\nsuivante\\t\\u0001\"}, \"vide\": {\"old\": null, \"new\": \"\"}}");
        assertThat(AuditTrail.toJson(Map.of())).isEqualTo("{}");
    }
}
