/** The e-mail outbox ({@code mail_outbox}, V25) and the read side of the reminders. */
package fr.conventio.adapters.persistence.mail;
