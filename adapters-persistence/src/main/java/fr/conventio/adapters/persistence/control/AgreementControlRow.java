package fr.conventio.adapters.persistence.control;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement's control file as stored: {@code agreement_control} (keyed by the agreement id, with the
 * termination outcome and the N1 deadline as optional column groups) and its lists in the
 * {@code agreement_control_*} tables, in the order recorded.
 */
@Table("agreement_control")
record AgreementControlRow(
        @Id UUID agreementId,
        @Embedded.Nullable(prefix = "termination_") TerminationOutcomeRow termination,
        @Embedded.Nullable(prefix = "payment_deadline_") PaymentDeadlineRow paymentDeadline,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<FormalNoticeRow> formalNotices,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<FundingDecisionRow> fundingDecisions,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<MeetingRow> meetings,
        @MappedCollection(idColumn = "agreement_id", keyColumn = "position") List<RepublicanBreachRow> republicanBreaches,
        @Version Long version) implements VersionGuard.VersionedRow {

    /** Columns {@code termination_*} (T3). */
    record TerminationOutcomeRow(LocalDate effectiveDate, TerminationGround ground, Party initiatedBy, RestitutionMode restitution,
                                 BigDecimal amountKept, BigDecimal amountToRestitute) {
    }

    /** Columns {@code payment_deadline_*} (N1). */
    record PaymentDeadlineRow(LocalDate notifiedOn, LocalDate dueBy) {
    }

    @Table("agreement_control_formal_notice")
    record FormalNoticeRow(LocalDate sentOn, String registeredLetterReference, String breach, Party sentBy, LocalDate remediedOn) {
    }

    /** A funding decision (A3); its agreement is the file's. */
    @Table("agreement_control_funding_decision")
    record FundingDecisionRow(FundingDecisionKind kind, FundingDecisionCause cause, String reason, BigDecimal amount,
                              BigDecimal subsidyBefore, BigDecimal paidBefore, LocalDate decidedOn, String decidedBy) {
    }

    @Table("agreement_control_meeting")
    record MeetingRow(MeetingKind kind, LocalDate heldOn, String summary, String recordedBy) {
    }

    /** A breach of the republican commitment (N2) with the withdrawal computed when it was recorded. */
    @Table("agreement_control_republican_breach")
    record RepublicanBreachRow(LocalDate breachDate, long daysRemaining, long daysInPeriod, BigDecimal amountWithdrawn,
                               BigDecimal amountToRecover, String recordedBy) {
    }
}
