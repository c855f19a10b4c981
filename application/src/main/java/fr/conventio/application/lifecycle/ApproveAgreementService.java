package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/** DRAFT → APPROVED by the deliberation of the funder's deciding body (P1). */
public final class ApproveAgreementService implements ApproveAgreementUseCase {

    private final AgreementRepository agreements;

    public ApproveAgreementService(AgreementRepository agreements) {
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public Saved<AgreementId> approve(ApproveAgreementCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        loaded.value().approve(command.deliberation());
        return Saved.of(command.agreementId(), agreements.save(loaded));
    }
}
