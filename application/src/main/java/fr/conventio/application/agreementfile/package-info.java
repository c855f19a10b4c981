/**
 * An agreement with everything recorded about it (payments, obligations, recovery orders, control file):
 * loaded once by the use cases that change it, and saved back in one go with the figures of its account.
 */
package fr.conventio.application.agreementfile;
