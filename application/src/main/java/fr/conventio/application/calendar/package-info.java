/**
 * Calendar feeds of the deadlines (issue 11): a secret token per member of staff, issued, replaced and revoked by
 * its owner, and the deadlines of the portfolio (or of one agreement) as events read through that token.
 */
package fr.conventio.application.calendar;
