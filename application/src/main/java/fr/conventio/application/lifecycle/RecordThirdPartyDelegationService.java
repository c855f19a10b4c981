package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** Records the funder's agreement to a third-party delegation (P4). */
public final class RecordThirdPartyDelegationService implements RecordThirdPartyDelegationUseCase {

    private final AgreementRepository agreements;

    public RecordThirdPartyDelegationService(AgreementRepository agreements) {
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public Saved<AgreementId> record(RecordThirdPartyDelegationCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        loaded.value().recordThirdPartyDelegation(command.description(), command.agreedOn());
        return Saved.of(command.agreementId(), agreements.save(loaded));
    }
}
