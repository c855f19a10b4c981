package fr.conventio.application.mail;

/**
 * The e-mail prefilled for a generated document: the association's contact e-mail ({@code null} when none is
 * recorded), a French subject and body, the name of the file attached, and whether mail goes out at all (without an
 * SMTP server staff are told so before they write anything).
 */
public record DocumentMailDraft(String recipient, String subject, String body, String fileName, boolean mailConfigured) {
}
