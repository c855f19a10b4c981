package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.FunderLogoRepository;

import java.util.Objects;

/** Forgets the funder's logo (audited by the repository); its stored file is then purged as unattached. */
public final class RemoveFunderLogoService implements RemoveFunderLogoUseCase {

    private final FunderLogoRepository logos;

    public RemoveFunderLogoService(FunderLogoRepository logos) {
        this.logos = Objects.requireNonNull(logos);
    }

    @Override
    public void remove() {
        logos.remove();
    }
}
