package fr.conventio.application.lifecycle;


import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.party.Association;

import java.util.Objects;

/**
 * Concludes an amendment (M1) through the domain (which refuses a change of object, M1, or of beneficiary,
 * P3). The agreement's account refuses a subsidy below what the association keeps (V3) or a line's share
 * below what was paid on it (V4). When the subsidy or its split changes, saving the file commits the budget
 * lines again for the year (B4): a line left out of the new split is released, every line of the new split is
 * committed at its new amount (a raise needs the year's budget adopted and enough left). When the operation period
 * changes (D4), the obligations counted from the end of the operation (O7, O8, O9) not yet fulfilled follow it.
 * When the subsidy changes, O4 is re-evaluated on the association's annual total from the funder ({@link AnnualSubsidiesReview}):
 * this agreement and the other signed agreements of the year that lack the certified accounts gain them.
 */
public final class AmendAgreementService implements AmendAgreementUseCase {

    private final AgreementFiles files;
    private final AssociationRepository associations;
    private final AnnualSubsidiesReview annualSubsidies;
    private final SubmissionKeysPort submissionKeys;

    public AmendAgreementService(AgreementFiles files, AssociationRepository associations, AnnualSubsidiesReview annualSubsidies,
                                 SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
        this.associations = Objects.requireNonNull(associations);
        this.annualSubsidies = Objects.requireNonNull(annualSubsidies);
    }

    @Override
    public AmendAgreementResult amend(AmendAgreementCommand command) {
        return files.once(submissionKeys, command.submission(), AmendAgreementUseCase.class, () -> amendOnce(command),
                amended -> new SubmissionKeysPort.Result(command.agreementId() + "#" + amended.amendmentNumber(), amended.version()),
                first -> {
                    int number = Integer.parseInt(first.id().substring(first.id().indexOf('#') + 1));
                    Amendment amendment = files.load(command.agreementId()).agreement().amendments().stream()
                            .filter(a -> a.number() == number).findFirst().orElseThrow();
                    return new AmendAgreementResult(command.agreementId(), first.version(), number, amendment.changes());
                });
    }

    private AmendAgreementResult amendOnce(AmendAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        if (command.request().subsidy() != null) {
            file.account().checkAmendedSubsidy(command.request().subsidy());
        }
        java.time.LocalDate endBefore = agreement.operationPeriod().end();
        Amendment amendment = agreement.amend(command.request());
        java.time.LocalDate endAfter = agreement.operationPeriod().end();
        if (!endAfter.equals(endBefore)) {
            for (Versioned<Obligation> stored : file.obligations()) {
                ObligationSchedule.dueFromOperationEnd(stored.value().type(), endAfter).ifPresent(due -> {
                    if (!stored.value().status().isFulfilled() && !due.equals(stored.value().dueDate())) {
                        file.obligationForUpdate(stored.value().id(), stored.version()).reschedule(due);
                    }
                });
            }
        }
        Association association = command.request().subsidy() == null ? null : associations.findById(agreement.associationId())
                .map(Versioned::value).orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
        if (association != null) {
            annualSubsidies.addCertifiedAccountsToItself(file, association);
        }
        Versioned<Agreement> saved = files.save(file);
        if (association != null) {
            annualSubsidies.addCertifiedAccountsToOthers(file, association);
        }
        return new AmendAgreementResult(agreement.id(), saved.version(), amendment.number(), amendment.changes());
    }
}
