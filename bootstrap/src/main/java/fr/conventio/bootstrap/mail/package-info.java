/**
 * E-mail: the SMTP transport of the outbox, its scheduled sender (at least once, stable Message-ID, retries with
 * back-off, leases surviving a restart) and the daily reminder job. Nothing is sent unless {@code spring.mail.host}
 * is set (docs/operations.md).
 */
package fr.conventio.bootstrap.mail;
