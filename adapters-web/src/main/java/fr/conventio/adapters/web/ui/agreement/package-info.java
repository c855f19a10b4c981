/**
 * The agreement page ({@code conventions/:id}): a header with the stage of the file and the key figures of
 * its account, and one tab per part of an agreement's life (summary, programme, budget, payments, obligations,
 * settlement, amendments, control, history). Every figure of money is the agreement's account as the domain
 * computed it; the view formats it. The actions open the dialogs of {@code ui.agreement.dialog}.
 */
package fr.conventio.adapters.web.ui.agreement;
