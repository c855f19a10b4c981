/**
 * The agreement page ({@code conventions/:id}): a header with the key figures and one tab per part of an
 * agreement's life (summary, programme, budget, payments, obligations, settlement, amendments, control,
 * history). Every action opens a dialog bound to a small form-data object and calls one use case, with
 * the version the user saw.
 */
package fr.conventio.adapters.web.ui.agreement;
