package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.termination.FormalNotice;

import java.util.Objects;

/** Records that a formal notice's breach was remedied: that notice no longer allows a termination (T1). */
public final class RecordNoticeRemedyService implements RecordNoticeRemedyUseCase {

    private final AgreementRepository agreements;
    private final AgreementControlRepository controls;

    public RecordNoticeRemedyService(AgreementRepository agreements, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public Saved<AgreementId> record(RecordNoticeRemedyCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        Versioned<AgreementControl> control = AgreementFiles.loadControl(controls, command.agreementId());
        FormalNotice notice = control.value().notice(command.noticeNumber())
                .orElseThrow(() -> new NotFoundException("Mise en demeure n° " + command.noticeNumber(), command.agreementId()));
        if (notice.isRemedied()) {
            throw new IllegalTransitionException("la mise en demeure n° " + command.noticeNumber() + " est déjà régularisée depuis le "
                    + FrenchFormat.date(notice.remediedOn()));
        }
        AgreementControl updated = control.value().withNoticeReplaced(command.noticeNumber(), notice.remediedOn(command.remediedOn()));
        Versioned<Agreement> saved = agreements.save(loaded);
        controls.save(new Versioned<>(updated, control.version()));
        return Saved.of(command.agreementId(), saved);
    }
}
