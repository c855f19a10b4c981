package fr.conventio.application.mail;

import fr.conventio.domain.reminder.DueReminder;
import fr.conventio.domain.shared.FrenchFormat;

import java.time.Instant;
import java.util.List;

/** The French text of a reminder to an association. */
final class ReminderMessages {

    private ReminderMessages() {
    }

    static OutboxMessage reminder(ReminderCandidate candidate, DueReminder reminder, Instant now) {
        String item = candidate.type().label();
        String due = FrenchFormat.date(candidate.dueDate());
        String subject = (reminder.late() ? "Relance : " : "Rappel : ") + item + " attendu le " + due
                + " (convention " + candidate.agreementReference() + ")";
        long days = reminder.daysLeft();
        String when = days > 1 ? "dans " + days + " jours" : days == 1 ? "demain" : days == 0 ? "aujourd'hui"
                : days == -1 ? "hier" : "il y a " + (-days) + " jours";
        String text = "Bonjour,\n\n"
                + "La convention " + candidate.agreementReference() + " conclue avec " + candidate.associationName()
                + " prévoit la remise du document suivant :\n\n  " + item + "\n\n"
                + (reminder.late()
                ? "Il était attendu le " + due + " (" + when + ") et ne nous est pas encore parvenu. Merci de nous le faire parvenir au plus vite."
                : "Il est attendu au plus tard le " + due + " (" + when + ").")
                + "\n\nSi vous l'avez déjà envoyé, merci de ne pas tenir compte de ce message.\n\n"
                + "Cordialement,\nLe service des subventions\n\n"
                + "Ce message est envoyé automatiquement ; ne répondez pas à cette adresse.\n";
        return OutboxMessage.create(reminder.key(), List.of(candidate.contactEmail()), subject, text, null, List.of(),
                candidate.agreementId(), now);
    }
}
