/**
 * Pieces every view uses: staff messages and notifications (with "Recharger" on a concurrent update),
 * confirmations, French date pickers, converters to the domain's values, the error handler, the current user.
 */
package fr.conventio.adapters.web.ui.common;
