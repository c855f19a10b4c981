package fr.conventio.application.mail;

/** Sends a message (SMTP in production). Throws on any refusal or failure; returns once the server accepted it. */
public interface MailTransportPort {

    void send(OutboxMessage message);
}
