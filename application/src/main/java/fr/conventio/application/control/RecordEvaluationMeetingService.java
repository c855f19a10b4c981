package fr.conventio.application.control;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Guards;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.Objects;

/**
 * Records an evaluation meeting (O9) or a follow-up meeting (O8) held with the association, from the
 * signature on (also once settled, closed or terminated: the evaluation comes after the operation).
 * The O9 obligation itself is fulfilled through the evidence use cases (minutes of the meeting).
 */
public final class RecordEvaluationMeetingService implements RecordEvaluationMeetingUseCase {

    private final AgreementRepository agreements;
    private final AgreementControlRepository controls;
    private final CurrentUserPort currentUser;

    public RecordEvaluationMeetingService(AgreementRepository agreements, AgreementControlRepository controls, CurrentUserPort currentUser) {
        this.agreements = Objects.requireNonNull(agreements);
        this.controls = Objects.requireNonNull(controls);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public Saved<AgreementId> record(RecordEvaluationMeetingCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        Agreement agreement = loaded.value();
        Guards.requireStatus(agreement, "enregistrer une réunion", AgreementStatus.SIGNED, AgreementStatus.SUSPENDED,
                AgreementStatus.SETTLED, AgreementStatus.CLOSED, AgreementStatus.TERMINATED);
        if (command.heldOn().isBefore(agreement.signatureDate().orElseThrow())) {
            throw new InvalidValueException("date de la réunion", "la réunion du " + FrenchFormat.date(command.heldOn())
                    + " précède la signature du " + FrenchFormat.date(agreement.signatureDate().orElseThrow()));
        }
        MeetingRecord meeting = new MeetingRecord(command.kind(), command.heldOn(), command.summary(), currentUser.currentUser());
        Versioned<AgreementControl> control = AgreementFiles.loadControl(controls, agreement.id());
        Versioned<Agreement> saved = agreements.save(loaded);
        controls.save(new Versioned<>(control.value().withMeeting(meeting), control.version()));
        return Saved.of(command.agreementId(), saved);
    }
}
