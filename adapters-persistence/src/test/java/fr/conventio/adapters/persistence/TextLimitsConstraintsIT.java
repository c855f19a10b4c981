package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.contract.RunningScenarios;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.TextLimits;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own length limits (V14): an over-long text written by plain SQL, past the domain and the
 * commands, is refused; and each column's limit is the one {@link TextLimits} gives its kind of field.
 */
class TextLimitsConstraintsIT extends DatabaseTestSupport {

    /** Every bounded free-text column and the limit of its kind, as the domain names it. */
    private static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

    static {
        LIMITS.put("funder.name", TextLimits.NAME);
        LIMITS.put("funder.address_city", TextLimits.CITY);
        LIMITS.put("funder_signatory.name", TextLimits.NAME);
        LIMITS.put("funder_signatory.function", TextLimits.FUNCTION);
        LIMITS.put("funder_signatory.delegation", TextLimits.DELEGATION);
        LIMITS.put("budget_line.code", TextLimits.CODE);
        LIMITS.put("budget_line.label", TextLimits.LABEL);
        LIMITS.put("association.name", TextLimits.NAME);
        LIMITS.put("association.address_city", TextLimits.CITY);
        LIMITS.put("association.representative_name", TextLimits.NAME);
        LIMITS.put("association.representative_function", TextLimits.FUNCTION);
        LIMITS.put("agreement.object", TextLimits.OBJECTIVES);
        LIMITS.put("agreement.deliberation_number", TextLimits.REFERENCE);
        LIMITS.put("agreement.deliberation_deciding_body", TextLimits.FUNCTION);
        LIMITS.put("agreement.termination_ground", TextLimits.REASON);
        LIMITS.put("agreement.created_by", TextLimits.USER);
        LIMITS.put("agreement.settlement_settled_by", TextLimits.USER);
        LIMITS.put("agreement_terms.signatory_name", TextLimits.NAME);
        LIMITS.put("agreement_terms.signatory_function", TextLimits.FUNCTION);
        LIMITS.put("agreement_terms.signatory_delegation", TextLimits.DELEGATION);
        LIMITS.put("agreement_terms.representative_name", TextLimits.NAME);
        LIMITS.put("agreement_terms.representative_function", TextLimits.FUNCTION);
        LIMITS.put("agreement_terms_action_category.title", TextLimits.LABEL);
        LIMITS.put("agreement_terms_action.text", TextLimits.ACTION);
        LIMITS.put("agreement_terms_funding_source.name", TextLimits.NAME);
        LIMITS.put("agreement_terms_in_kind_contribution.description", TextLimits.DESCRIPTION);
        LIMITS.put("agreement_terms_subsidy_allocation.label", TextLimits.LABEL);
        LIMITS.put("agreement_amendment.description", TextLimits.DESCRIPTION);
        LIMITS.put("agreement_amendment.other_change", TextLimits.DESCRIPTION);
        LIMITS.put("agreement_third_party_delegation.description", TextLimits.DESCRIPTION);
        LIMITS.put("agreement_suspension.reason", TextLimits.REASON);
        LIMITS.put("payment.cancelled_by", TextLimits.USER);
        LIMITS.put("payment.cancellation_reason", TextLimits.REASON);
        LIMITS.put("obligation_event.recorded_by", TextLimits.USER);
        LIMITS.put("obligation_event.evidence_file_name", TextLimits.FILE_NAME);
        LIMITS.put("obligation_event.reason", TextLimits.REASON);
        LIMITS.put("recovery_order.cancelled_by", TextLimits.USER);
        LIMITS.put("recovery_order.cancellation_reason", TextLimits.REASON);
        LIMITS.put("agreement_control_formal_notice.registered_letter_reference", TextLimits.REFERENCE);
        LIMITS.put("agreement_control_formal_notice.breach", TextLimits.REASON);
        LIMITS.put("agreement_control_funding_decision.reason", TextLimits.REASON);
        LIMITS.put("agreement_control_funding_decision.decided_by", TextLimits.USER);
        LIMITS.put("agreement_control_meeting.summary", TextLimits.SUMMARY);
        LIMITS.put("agreement_control_meeting.recorded_by", TextLimits.USER);
        LIMITS.put("agreement_control_republican_breach.recorded_by", TextLimits.USER);
        LIMITS.put("document.original_name", TextLimits.FILE_NAME);
        LIMITS.put("document.uploaded_by", TextLimits.USER);
        LIMITS.put("calendar_token.owner", TextLimits.USER);
    }

    private static final Pattern LENGTH_CHECK = Pattern.compile("char_length\\((\\w+)\\) <= (\\d+)");

    @Autowired
    private ObligationPersistenceAdapter obligations;

    @BeforeEach
    void seed() {
        saveSeedParties();
        agreements.save(Versioned.newAggregate(AgreementFixtures.signedSeedAgreement()));
    }

    @Test
    void each_free_text_column_is_bounded_by_the_limit_the_domain_gives_its_kind_of_field() {
        Map<String, Integer> constrained = new LinkedHashMap<>();
        List<Map<String, Object>> checks = jdbc.queryForList("""
                select c.conrelid::regclass::text as table_name, pg_get_constraintdef(c.oid) as definition
                from pg_constraint c where c.contype = 'c' and c.conname like '%\\_length'""");
        for (Map<String, Object> check : checks) {
            Matcher m = LENGTH_CHECK.matcher((String) check.get("definition"));
            while (m.find()) {
                constrained.put(check.get("table_name") + "." + m.group(1), Integer.valueOf(m.group(2)));
            }
        }

        assertThat(constrained).containsAllEntriesOf(LIMITS);
        assertThat(jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_schema = 'public' and data_type = 'text'
                  and (table_name || '.' || column_name) not in (select unnest(?::text[]))
                  and column_name not in ('kind', 'status', 'civility', 'type', 'cause', 'sent_by', 'ground', 'action', 'stage',
                                          'aggregate_type', 'content_type', 'actor', 'evidence_document_id', 'file_name', 'termination_initiated_by',
                                          'termination_restitution', 'representative_civility', 'signatory_civility',
                                          'keep_unspent_kind', -- a code (A4, V18)
                                          'created_by', 'settlement_settled_by', -- logins, as the audit's actor (V12)
                                          'digest') -- a SHA-256 digest, 64 hexadecimal digits by its pattern check (V30)
                  and table_name in (select split_part(unnest(?::text[]), '.', 1))""", Long.class,
                (Object) LIMITS.keySet().toArray(String[]::new), (Object) LIMITS.keySet().toArray(String[]::new)))
                .as("a text column of these tables that is neither bounded nor a code").isZero();
    }

    @Test
    void an_over_long_reason_written_directly_is_refused_by_the_database() {
        obligations.save(Versioned.newAggregate(RunningScenarios.rejected(SEED_AGREEMENT_ID)));

        assertThatThrownBy(() -> jdbc.update("update obligation_event set reason = repeat('x', 1048576) where reason is not null"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("obligation_event_reason_length");
        assertThat(jdbc.queryForObject("select max(char_length(reason)) from obligation_event", Integer.class)).isLessThan(100);
    }

    @Test
    void over_long_objectives_names_and_address_lines_are_refused_by_the_database() {
        assertThatThrownBy(() -> jdbc.update("update agreement set object = repeat('o', 10001)"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("agreement_object_length");
        assertThatThrownBy(() -> jdbc.update("update association set name = repeat('n', 201)"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("association_name_length");
        assertThatThrownBy(() -> jdbc.update("update association set address_lines = array['ok', repeat('a', 201)]"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("association_address_lines_length");
        jdbc.update("update agreement set object = repeat('é', 10000)");
        assertThat(jdbc.queryForObject("select char_length(object) from agreement", Integer.class)).as("10 000 accented characters fit")
                .isEqualTo(10_000);
    }

    @Test
    void a_stored_file_name_with_a_control_bidi_quote_or_path_character_is_refused_by_the_database() {
        for (String name : List.of("a\r\nb.pdf", "facture\u202Efdp.exe", "dit \"x\".pdf", "l'acte.pdf", "../x.pdf", "a\\b.pdf", "z\u200Bw.pdf")) {
            assertThatThrownBy(() -> jdbc.update("""
                    insert into document (id, file_name, original_name, content_type, size, sha256, uploaded_by)
                    values (gen_random_uuid(), ?, ?, 'application/pdf', 1, repeat('a', 64), 'test')""", name, name))
                    .as(name).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("document_file_name_safe");
        }
        jdbc.update("""
                insert into document (id, file_name, original_name, content_type, size, sha256, uploaded_by)
                values (gen_random_uuid(), 'rapport d_activité 2020.pdf', ?, 'application/pdf', 1, repeat('a', 64), 'test')""",
                "rapport d'activité\r\n2020.pdf");
        assertThat(jdbc.queryForObject("select original_name from document", String.class)).isEqualTo("rapport d'activité\r\n2020.pdf");
    }
}
