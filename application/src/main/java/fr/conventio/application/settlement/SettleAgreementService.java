package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
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

    private final AgreementFiles files;

    public SettleAgreementService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public SettleAgreementResult settle(SettleAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.value();
        Settlement settlement = SettlementPolicy.settle(file.subsidyInForce(), agreement.forecastBudget().eligibleExpenses(),
                command.realExpenses(), file.amountKept());
        agreement.markSettled(settlement.finalSubsidy(), command.settledOn());
        boolean closes = file.nothingLeftOpen();
        if (closes) {
            agreement.close(command.settledOn());
        }
        Versioned<Agreement> saved = files.save(file);
        return new SettleAgreementResult(saved.version(), settlement, closes);
    }
}
