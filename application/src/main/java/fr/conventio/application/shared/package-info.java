/**
 * What the capabilities share: loading and saving an agreement with everything recorded about it
 * (AgreementFiles), pages and their requests, the optimistic-locking wrapper, guards and exceptions.
 */
package fr.conventio.application.shared;

import fr.conventio.application.agreementfile.AgreementFiles;
