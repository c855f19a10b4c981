package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationScheduleInput;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs an approved agreement, in one go:
 * <ol>
 *   <li>APPROVED → SIGNED on the signature date (P1: not before the deliberation);</li>
 *   <li>commits the subsidy split on each budget line for the budget year (B4: refused when the year's
 *       budget is not adopted or a line has not enough left);</li>
 *   <li>generates the obligations with the {@link ObligationSchedule} (O1–O10) from the agreement, the
 *       association (closing date of its fiscal year containing the end of the budget year, total budget)
 *       and the forecast budget (public subsidies); the association's annual subsidies are taken as the
 *       larger of this subsidy and the public subsidies of the financing plan;</li>
 *   <li>computes the funder's own payment deadline when N1 applies (award notification date in the
 *       payment terms, no payment dates, no payment event) and keeps it in the control file.</li>
 * </ol>
 * Every refusal comes before the first save.
 */
public final class SignAgreementService implements SignAgreementUseCase {

    private final AgreementRepository agreements;
    private final AssociationRepository associations;
    private final BudgetLineRepository lines;
    private final ObligationRepository obligations;
    private final AgreementControlRepository controls;

    public SignAgreementService(AgreementRepository agreements, AssociationRepository associations, BudgetLineRepository lines,
                                ObligationRepository obligations, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.lines = Objects.requireNonNull(lines);
        this.obligations = Objects.requireNonNull(obligations);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public SignAgreementResult sign(SignAgreementCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        Agreement agreement = loaded.value();
        Association association = associations.findById(agreement.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));

        agreement.sign(command.signatureDate());
        if (!obligations.findByAgreement(agreement.id()).isEmpty()) {
            throw new DomainException("convention " + agreement.reference() + " : ses obligations existent déjà");
        }

        List<Versioned<BudgetLine>> committed = new ArrayList<>();
        for (SubsidyAllocation allocation : agreement.subsidy().split()) {
            Versioned<BudgetLine> line = lines.findById(allocation.budgetLineId())
                    .orElseThrow(() -> new NotFoundException("Ligne budgétaire", allocation.budgetLineId()));
            line.value().commit(agreement.budgetYear(), agreement.id(), allocation.amount());
            committed.add(line);
        }

        ForecastBudget budget = agreement.forecastBudget();
        Amount subsidy = agreement.subsidy().votedAmount();
        Amount publicSubsidies = budget.publicSubsidiesTotal();
        ObligationScheduleInput input = new ObligationScheduleInput(command.signatureDate(), agreement.budgetYear(),
                association.fiscalYear().closingDateOfYearContainingEndOf(agreement.budgetYear()), subsidy,
                publicSubsidies.isGreaterThan(subsidy) ? publicSubsidies : subsidy, association.annualBudget(), publicSubsidies,
                agreement.period().end(), null);
        List<Obligation> generated = ObligationSchedule.generate(agreement.id(), input);
        Optional<PaymentDeadline> deadline = paymentDeadline(agreement.paymentTerms());

        Versioned<Agreement> saved = agreements.save(loaded);
        committed.forEach(lines::save);
        obligations.saveAll(generated.stream().map(Versioned::newAggregate).toList());
        if (deadline.isPresent()) {
            Versioned<AgreementControl> control = AgreementFiles.loadControl(controls, agreement.id());
            controls.save(new Versioned<>(control.value().withPaymentDeadline(deadline.get()), control.version()));
        }
        return new SignAgreementResult(agreement.id(), saved.version(), generated.stream().map(Obligation::type).toList(),
                deadline.orElse(null));
    }

    /** N1: 60 days after the notification of the award, unless the agreement sets dates or waits for an event. */
    static Optional<PaymentDeadline> paymentDeadline(PaymentTerms terms) {
        Optional<LocalDate> notified = terms.awardNotificationDate();
        return notified.flatMap(date -> PaymentDeadline.forAward(date, !terms.paymentDates().isEmpty(), terms.paymentOnEvent()));
    }
}
