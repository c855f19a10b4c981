package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.MailAttachment;
import fr.conventio.application.mail.MailTransportPort;
import fr.conventio.application.mail.OutboxMessage;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Sends an outbox message over SMTP with Spring's {@link JavaMailSender}: from the configured address, text (and
 * HTML when given) in UTF-8, the attachments, and a {@code Message-ID} made from the outbox id, the same on every
 * attempt ({@code JavaMailSenderImpl} keeps a Message-ID set before sending), so that a message sent again after a
 * crash between the server's acceptance and the outbox's commit is recognisable as the same message.
 */
public final class SmtpMailTransport implements MailTransportPort {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = Objects.requireNonNull(sender);
        this.from = Objects.requireNonNull(from);
    }

    @Override
    public void send(OutboxMessage message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            boolean multipart = message.htmlBody() != null || !message.attachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.recipients().toArray(String[]::new));
            helper.setSubject(message.subject());
            if (message.htmlBody() == null) {
                helper.setText(message.textBody(), false);
            } else {
                helper.setText(message.textBody(), message.htmlBody());
            }
            for (MailAttachment attachment : message.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
            }
            mime.setHeader("Message-ID", message.messageId());
            sender.send(mime);
        } catch (MessagingException e) {
            throw new IllegalStateException("message " + message.id() + " could not be built: " + e.getMessage(), e);
        }
    }
}
