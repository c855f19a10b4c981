/**
 * The actions of the agreement page, one dialog per use case (approve, sign, pay, settle, recover, close the
 * file, amend, control...), each bound to a small form-data object and calling its use case with the version
 * the user saw; and what they act on: the page's context ({@link fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage}:
 * the details shown, the use cases, the member of staff, the reload), its texts and its fields. The page and its
 * tabs ({@code ui.agreement}) open these dialogs; nothing here depends on them.
 */
package fr.conventio.adapters.web.ui.agreement.dialog;
