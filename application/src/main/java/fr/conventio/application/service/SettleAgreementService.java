package fr.conventio.application.service;

import fr.conventio.application.port.in.SettleAgreementCommand;
import fr.conventio.application.port.in.SettleAgreementResult;
import fr.conventio.application.port.in.SettleAgreementUseCase;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.Settlement;
import fr.conventio.domain.settlement.SettlementPolicy;

import java.util.Objects;

/**
 * Settles the subsidy on the real justified expenses with the domain's {@link SettlementPolicy} (A1):
 * on the subsidy in force (voted, minus A3/N2 reductions) and what the association keeps of the
 * payments; marks the agreement SETTLED with the final subsidy. When neither a balance nor an
 * overpayment remains (and nothing else is open), the agreement is closed on the same day.
 */
public final class SettleAgreementService implements SettleAgreementUseCase {

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final ObligationRepository obligations;
    private final RecoveryOrderRepository recoveryOrders;
    private final AgreementControlRepository controls;

    public SettleAgreementService(AgreementRepository agreements, PaymentRepository payments, ObligationRepository obligations,
                                  RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.obligations = Objects.requireNonNull(obligations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public SettleAgreementResult settle(SettleAgreementCommand command) {
        AgreementFile file = AgreementFile.load(agreements, payments, obligations, recoveryOrders, controls, command.agreementId());
        Guards.requireVersion(file.agreement(), command.expectedVersion(), "Convention", command.agreementId());
        Agreement agreement = file.value();
        Settlement settlement = SettlementPolicy.settle(file.subsidyInForce(), agreement.forecastBudget().eligibleExpenses(),
                command.realExpenses(), file.amountKept());
        agreement.markSettled(settlement.finalSubsidy(), command.settledOn());
        boolean closes = file.nothingLeftOpen();
        if (closes) {
            agreement.close(command.settledOn());
        }
        Versioned<Agreement> saved = agreements.save(file.agreement());
        return new SettleAgreementResult(saved.version(), settlement, closes);
    }
}
