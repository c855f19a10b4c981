package fr.conventio.application.funder;

import fr.conventio.application.shared.ReadOnly;

/**
 * The funder setup checklist for administrators and managers, shown on the dashboard until done: the funder's
 * identity, its signatories, its budget lines, an envelope on each for the year, and the year's budget adopted
 * on each (B4: without it no agreement of the year can be signed).
 */
public interface GetFunderSetupChecklistUseCase extends ReadOnly {

    FunderSetupChecklist checklist(GetFunderSetupChecklistQuery query);
}
