package fr.conventio.application.paperwork;

import fr.conventio.application.shared.ReadOnly;

/** The documents of an agreement: those that apply now, and those generated. */
public interface ListAgreementDocumentsUseCase extends ReadOnly {

    AgreementDocuments list(ListAgreementDocumentsQuery query);
}
