/** « Mon agenda »: the member of staff's calendar subscription address, created, regenerated and revoked (issue 11 §3). */
package fr.conventio.adapters.web.ui.calendar;
