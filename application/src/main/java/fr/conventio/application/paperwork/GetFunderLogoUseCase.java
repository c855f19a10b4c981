package fr.conventio.application.paperwork;

import fr.conventio.application.shared.ReadOnly;

import java.util.Optional;

/** The funder's logo as uploaded, for its preview in the administration; none when the letterhead has none. */
public interface GetFunderLogoUseCase extends ReadOnly {

    Optional<FunderLogoView> current();
}
