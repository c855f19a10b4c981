package fr.conventio.application.drafting;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.Deletion;

import java.util.Objects;

/** Deletes a draft agreement: refused once approved or signed (domain), or when saved since the user saw it. */
public final class DeleteDraftAgreementService implements DeleteDraftAgreementUseCase {

    private final AgreementFiles files;
    private final AgreementRepository agreements;

    public DeleteDraftAgreementService(AgreementFiles files, AgreementRepository agreements) {
        this.files = Objects.requireNonNull(files);
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public Deletion delete(DeleteDraftAgreementCommand command) {
        if (agreements.findById(command.agreementId()).isEmpty()) {
            return Deletion.ALREADY_DELETED;
        }
        files.delete(files.loadForUpdate(command.agreementId(), command.expectedVersion()));
        return Deletion.DELETED;
    }
}
