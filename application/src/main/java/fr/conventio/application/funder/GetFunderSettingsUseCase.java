package fr.conventio.application.funder;

import fr.conventio.application.shared.ReadOnly;

import java.util.Optional;

/** The funder's identity, signatories and budget lines with their yearly figures; empty until the funder is set up. */
public interface GetFunderSettingsUseCase extends ReadOnly {

    Optional<FunderSettings> get(GetFunderSettingsQuery query);
}
