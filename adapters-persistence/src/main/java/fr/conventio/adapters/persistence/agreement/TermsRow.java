package fr.conventio.adapters.persistence.agreement;

import fr.conventio.adapters.persistence.support.RepresentativeRow;
import fr.conventio.adapters.persistence.support.SignatoryRow;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.agreement.InKindContributionKind;
import fr.conventio.domain.settlement.KeepUnspentClause;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of an agreement's terms ({@code agreement_terms}, keyed by agreement and version
 * number) with its lists in the {@code agreement_terms_*} tables. The operation period (D4) is null when it is the
 * budget year; the keep-unspent clause (A4) is a kind with its rate or amount.
 */
@Table("agreement_terms")
record TermsRow(
        @Embedded.Empty(prefix = "signatory_") SignatoryRow signatory,
        @Embedded.Empty(prefix = "representative_") RepresentativeRow representative,
        BigDecimal eligibleExpenses,
        BigDecimal subsidyAmount,
        BigDecimal advanceRate,
        boolean paymentOnEvent,
        LocalDate awardNotifiedOn,
        LocalDate operationStart,
        LocalDate operationEnd,
        KeepUnspentClause.Kind keepUnspentKind,
        BigDecimal keepUnspentRate,
        BigDecimal keepUnspentAmount,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "category_position") List<ActionCategoryRow> categories,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<FundingSourceRow> fundingSources,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<InKindContributionRow> inKindContributions,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<SubsidyAllocationRow> allocations,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<PaymentDateRow> paymentDates,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<InstalmentRow> instalments) {

    @Table("agreement_terms_action_category")
    record ActionCategoryRow(
            String numeral,
            String title,
            @MappedCollection(idColumn = "agreement_id", keyColumn = "action_position") List<ActionRow> actions) {
    }

    @Table("agreement_terms_action")
    record ActionRow(String text) {
    }

    @Table("agreement_terms_funding_source")
    record FundingSourceRow(FundingSourceKind kind, String name, BigDecimal amount) {
    }

    @Table("agreement_terms_in_kind_contribution")
    record InKindContributionRow(InKindContributionKind kind, String description, BigDecimal value) {
    }

    @Table("agreement_terms_subsidy_allocation")
    record SubsidyAllocationRow(UUID budgetLineId, String label, BigDecimal amount) {
    }

    /** One instalment of the schedule (V5), in order; none when paid by advance + balance. */
    @Table("agreement_terms_instalment")
    record InstalmentRow(BigDecimal amount, fr.conventio.domain.agreement.InstalmentCondition condition, LocalDate dueDate,
                         String documentType) {
    }

    @Table("agreement_terms_payment_date")
    record PaymentDateRow(LocalDate paymentDate) {
    }
}
