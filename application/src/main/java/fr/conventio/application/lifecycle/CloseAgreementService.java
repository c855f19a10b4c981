package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/**
 * Closes a settled agreement's file (D2): the agreement's account refuses while anything is open (an
 * obligation neither accepted nor waived, a balance due, a sum owed that no recovery order claims, an order
 * not recovered), listing it; otherwise the agreement becomes CLOSED (clôturée) on the date given.
 */
public final class CloseAgreementService implements CloseAgreementUseCase {

    private final AgreementFiles files;

    public CloseAgreementService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Saved<AgreementId> close(CloseAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.account().requireClosable();
        file.agreement().close(command.closedOn());
        return Saved.of(command.agreementId(), files.save(file));
    }
}
