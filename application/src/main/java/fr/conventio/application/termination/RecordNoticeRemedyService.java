package fr.conventio.application.termination;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.termination.FormalNotice;

import java.util.Objects;

/** Records that a formal notice was followed by effect (régularisation): it no longer allows a termination (T1). */
public final class RecordNoticeRemedyService implements RecordNoticeRemedyUseCase {

    private final AgreementFiles files;

    public RecordNoticeRemedyService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public Saved<AgreementId> record(RecordNoticeRemedyCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        FormalNotice notice = file.control().notice(command.noticeNumber())
                .orElseThrow(() -> new NotFoundException("Mise en demeure n° " + command.noticeNumber(), command.agreementId()));
        if (notice.isRemedied()) {
            throw new IllegalTransitionException("la mise en demeure n° " + command.noticeNumber() + " est déjà régularisée depuis le "
                    + FrenchFormat.date(notice.remediedOn()));
        }
        file.replaceControl(file.control().withNoticeReplaced(command.noticeNumber(), notice.remediedOn(command.remediedOn())));
        return Saved.of(command.agreementId(), files.save(file));
    }
}
