package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.Settlement;

import java.util.Objects;

/**
 * Settles the subsidy on the real justified expenses (A1): the agreement's account computes the settlement
 * (on the subsidy in force and what the association keeps of the payments) and the agreement becomes
 * SETTLED (liquidée) with it; the budget lines are committed for their part of the final subsidy, the rest
 * is released (B4). The file stays open (D2). The settlement keeps who recorded it (separation of duties:
 * that person may not pay the balance).
 */
public final class SettleAgreementService implements SettleAgreementUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;

    public SettleAgreementService(AgreementFiles files, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public SettleAgreementResult settle(SettleAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.agreement().requireSettleable();
        Settlement settlement = file.account().settle(command.realExpenses());
        file.agreement().markSettled(settlement, command.settledOn(), currentUser.currentUser());
        Versioned<Agreement> saved = files.save(file);
        return new SettleAgreementResult(saved.version(), settlement);
    }
}
