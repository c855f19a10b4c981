package fr.conventio.adapters.persistence.agreement;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.agreement.AgreementStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agreement aggregate as stored. {@code terms} holds the terms per version number (index 0:
 * the draft terms, or the agreement as signed; index n: after amendment n); the terms in force are
 * {@code terms.get(termsVersion)}. {@code amendments} are keyed by their number (1, 2, ...).
 * {@code createdBy} is the login of whoever drafted it (null when unknown, before V12).
 */
@Table("agreement")
record AgreementRow(
        @Id UUID id,
        String createdBy,
        String reference,
        UUID funderId,
        UUID associationId,
        int budgetYear,
        String object,
        AgreementStatus status,
        int termsVersion,
        @Embedded.Nullable(prefix = "deliberation_") DeliberationRow deliberation,
        LocalDate signatureDate,
        @Embedded.Nullable(prefix = "settlement_") SettlementRow settlement,
        LocalDate closedOn,
        @Embedded.Nullable(prefix = "termination_") TerminationRow termination,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "version_number") List<TermsRow> terms,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "amendment_number") Map<Integer, AmendmentRow> amendments,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<ThirdPartyDelegationRow> thirdPartyDelegations,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<SuspensionRow> suspensions,
        @Version Long version) implements VersionGuard.VersionedRow {

    /** Columns {@code deliberation_number}, {@code deliberation_deciding_body}, {@code deliberation_date}. */
    record DeliberationRow(String number, String decidingBody, LocalDate date) {
    }

    /**
     * Columns {@code settlement_final_subsidy}, {@code settlement_date}, {@code settlement_real_expenses},
     * {@code settlement_subsidy_base}, {@code settlement_settled_by} (the last three null for settlements
     * recorded before they were kept).
     */
    record SettlementRow(BigDecimal finalSubsidy, LocalDate date, BigDecimal realExpenses, BigDecimal subsidyBase, String settledBy) {
    }

    /** Columns {@code termination_effective_date}, {@code termination_ground}. */
    record TerminationRow(LocalDate effectiveDate, String ground) {
    }
}
