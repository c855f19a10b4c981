package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Amendment;

import java.util.Objects;

/**
 * Concludes an amendment (M1) through the domain (which refuses a change of object, M1, or of beneficiary,
 * P3). The agreement's account refuses a subsidy below what the association keeps (V3) or a line's share
 * below what was paid on it (V4). When the subsidy or its split changes, saving the file commits the budget
 * lines again for the year (B4): a line left out of the new split is released, every line of the new split is
 * committed at its new amount (a raise needs the year's budget adopted and enough left).
 */
public final class AmendAgreementService implements AmendAgreementUseCase {

    private final AgreementFiles files;
    private final SubmissionKeysPort submissionKeys;

    public AmendAgreementService(AgreementFiles files, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
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
        Amendment amendment = agreement.amend(command.request());
        Versioned<Agreement> saved = files.save(file);
        return new AmendAgreementResult(agreement.id(), saved.version(), amendment.number(), amendment.changes());
    }
}
