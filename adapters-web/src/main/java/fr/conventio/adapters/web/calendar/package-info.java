/**
 * The calendar feeds (issue 11 §3) over HTTP, outside Vaadin: {@code GET /calendrier/<token>.ics} and
 * {@code GET /calendrier/<token>/conventions/<id>.ics}, written as iCalendar (RFC 5545) by a small writer of our
 * own (ADR 0011).
 */
package fr.conventio.adapters.web.calendar;
