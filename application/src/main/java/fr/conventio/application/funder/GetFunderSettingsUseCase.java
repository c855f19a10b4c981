package fr.conventio.application.funder;

import java.util.Optional;

/** The funder's identity, signatories and budget lines with their yearly figures; empty until the funder is set up. */
public interface GetFunderSettingsUseCase {

    Optional<FunderSettings> get(GetFunderSettingsQuery query);
}
