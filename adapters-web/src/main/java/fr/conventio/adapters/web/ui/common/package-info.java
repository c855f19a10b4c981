/** Pieces every view uses: staff messages and notifications, confirmations, the error handler, the current user. */
package fr.conventio.adapters.web.ui.common;
