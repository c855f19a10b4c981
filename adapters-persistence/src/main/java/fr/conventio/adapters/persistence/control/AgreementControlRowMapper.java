package fr.conventio.adapters.persistence.control;

import fr.conventio.adapters.persistence.support.CommonRowMappings;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.termination.TerminationOutcome;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * AgreementControl ↔ {@link AgreementControlRow}. The value records by MapStruct; a funding decision
 * and a breach by hand (the decision's agreement is the file's; the withdrawal is flattened).
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AgreementControlRowMapper extends CommonRowMappings {

    default AgreementControlRow toRow(AgreementControl control, Long version) {
        return new AgreementControlRow(control.agreementId().value(),
                control.termination().map(this::toRow).orElse(null),
                control.funderPaymentDeadline().map(this::toRow).orElse(null),
                control.formalNotices().stream().map(this::toRow).toList(),
                control.fundingDecisions().stream().map(this::toRow).toList(),
                control.meetings().stream().map(this::toRow).toList(),
                control.republicanBreaches().stream().map(this::toRow).toList(), version);
    }

    default AgreementControl toControl(AgreementControlRow row) {
        AgreementId agreementId = new AgreementId(row.agreementId());
        return new AgreementControl(agreementId,
                row.formalNotices().stream().map(this::toNotice).toList(),
                row.fundingDecisions().stream().map(decision -> toDecision(agreementId, decision)).toList(),
                row.meetings().stream().map(this::toMeeting).toList(),
                row.republicanBreaches().stream().map(this::toBreach).toList(),
                row.termination() == null ? null : toOutcome(row.termination()),
                row.paymentDeadline() == null ? null : toDeadline(row.paymentDeadline()));
    }

    AgreementControlRow.TerminationOutcomeRow toRow(TerminationOutcome outcome);

    TerminationOutcome toOutcome(AgreementControlRow.TerminationOutcomeRow row);

    AgreementControlRow.PaymentDeadlineRow toRow(PaymentDeadline deadline);

    PaymentDeadline toDeadline(AgreementControlRow.PaymentDeadlineRow row);

    AgreementControlRow.FormalNoticeRow toRow(FormalNotice notice);

    FormalNotice toNotice(AgreementControlRow.FormalNoticeRow row);

    AgreementControlRow.MeetingRow toRow(MeetingRecord meeting);

    MeetingRecord toMeeting(AgreementControlRow.MeetingRow row);

    AgreementControlRow.FundingDecisionRow toRow(FundingDecision decision);

    default FundingDecision toDecision(AgreementId agreementId, AgreementControlRow.FundingDecisionRow row) {
        return new FundingDecision(agreementId, row.kind(), row.cause(), row.reason(), toAmount(row.amount()),
                toAmount(row.subsidyBefore()), toAmount(row.paidBefore()), row.decidedOn(), row.decidedBy());
    }

    @Mapping(target = "breachDate", source = "withdrawal.breachDate")
    @Mapping(target = "daysRemaining", source = "withdrawal.daysRemaining")
    @Mapping(target = "daysInPeriod", source = "withdrawal.daysInPeriod")
    @Mapping(target = "amountWithdrawn", source = "withdrawal.amountWithdrawn")
    @Mapping(target = "amountToRecover", source = "withdrawal.amountToRecover")
    AgreementControlRow.RepublicanBreachRow toRow(RepublicanBreachRecord breach);

    default RepublicanBreachRecord toBreach(AgreementControlRow.RepublicanBreachRow row) {
        return new RepublicanBreachRecord(new RepublicanCommitment.Withdrawal(row.breachDate(), row.daysRemaining(), row.daysInPeriod(),
                toAmount(row.amountWithdrawn()), toAmount(row.amountToRecover())), row.recordedBy());
    }
}
