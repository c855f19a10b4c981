package fr.conventio.application.control;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.termination.RepublicanCommitment;

import java.util.Objects;

/**
 * Records a breach of the contrat d'engagement républicain (N2): the association's commitment date comes
 * from the association; the withdrawal (subsidy as adjusted × days left from the breach day / days of the
 * budget year, on the account's figures) lowers the subsidy in force, and the part already received is to
 * be recovered (A2).
 */
public final class RecordRepublicanCommitmentBreachService implements RecordRepublicanCommitmentBreachUseCase {

    private final AgreementFiles files;
    private final AssociationRepository associations;
    private final CurrentUserPort currentUser;

    public RecordRepublicanCommitmentBreachService(AgreementFiles files, AssociationRepository associations,
                                                   CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.associations = Objects.requireNonNull(associations);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public RecordRepublicanCommitmentBreachResult record(RecordRepublicanCommitmentBreachCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        Guards.requireStatus(agreement, "constater un manquement au contrat d'engagement républicain",
                AgreementStatus.SIGNED, AgreementStatus.SUSPENDED, AgreementStatus.SETTLED);
        Association association = associations.findById(agreement.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
        RepublicanCommitment commitment = new RepublicanCommitment(command.requestDate(),
                association.republicanCommitmentDate().orElse(null));
        RepublicanCommitment.Withdrawal withdrawal = file.account().republicanWithdrawal(commitment, command.breachDate());
        file.replaceControl(file.control().withRepublicanBreach(new RepublicanBreachRecord(withdrawal, currentUser.currentUser())));
        Versioned<Agreement> saved = files.save(file);
        return new RecordRepublicanCommitmentBreachResult(saved.version(), withdrawal);
    }
}
