package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderLogoRepository.FunderLogoRecord;
import fr.conventio.domain.paperwork.FunderLogo;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.Clock;
import java.util.Objects;

/** Checks the file in the domain ({@link FunderLogo#of}: by content), stores it and records it as the funder's logo. */
public final class UploadFunderLogoService implements UploadFunderLogoUseCase {

    private final FunderLogoRepository logos;
    private final DocumentStoragePort storage;
    private final CurrentUserPort currentUser;
    private final Clock clock;

    public UploadFunderLogoService(FunderLogoRepository logos, DocumentStoragePort storage, CurrentUserPort currentUser, Clock clock) {
        this.logos = Objects.requireNonNull(logos);
        this.storage = Objects.requireNonNull(storage);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public FunderLogoView upload(UploadFunderLogoCommand command) {
        FunderLogo logo;
        try {
            logo = FunderLogo.of(command.fileName(), command.content());
        } catch (InvalidValueException e) {
            throw SaveDocumentTemplateService.refusal(e);
        }
        String fileName = command.fileName() == null || command.fileName().isBlank()
                ? "logo" + (FunderLogo.PNG.equals(logo.mediaType()) ? ".png" : ".jpg") : command.fileName().strip();
        DocumentRef ref = storage.store(fileName, logo.mediaType(), logo.content());
        FunderLogoRecord record = new FunderLogoRecord(ref.id(), fileName, logo.mediaType(), logo.content().length, logo.width(),
                logo.height(), clock.instant(), currentUser.currentUser());
        logos.replace(record);
        return new FunderLogoView(fileName, logo.mediaType(), logo.width(), logo.height(), logo.content(), record.uploadedAt(),
                record.uploadedBy());
    }
}
