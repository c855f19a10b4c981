package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.FunderLogoRepository;

import java.util.Optional;

/** The funder's logo read back from the document storage. */
public final class GetFunderLogoService implements GetFunderLogoUseCase {

    private final LetterheadLogo logo;

    public GetFunderLogoService(FunderLogoRepository logos, DocumentStoragePort storage) {
        this.logo = new LetterheadLogo(logos, storage);
    }

    @Override
    public Optional<FunderLogoView> current() {
        return logo.current();
    }
}
