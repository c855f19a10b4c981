package fr.conventio.application.obligation;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;

import java.util.Objects;

/** Waives an obligation by an explicit decision (O11): who (the current user), when and why. */
public final class WaiveObligationService implements WaiveObligationUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;

    public WaiveObligationService(AgreementFiles files, CurrentUserPort currentUser) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<ObligationId> waive(WaiveObligationCommand command) {
        AgreementFile file = files.loadOfObligation(command.obligationId());
        Obligation obligation = file.obligationForUpdate(command.obligationId(), command.expectedVersion());
        obligation.waive(command.reason(), currentUser.currentUser(), command.waivedOn());
        files.save(file);
        return new Saved<>(command.obligationId(), file.versionOf(obligation));
    }
}
