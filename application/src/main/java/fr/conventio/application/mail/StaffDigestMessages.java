package fr.conventio.application.mail;

import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.Deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The French text of a member of staff's daily digest (plain text, as the reminders): three lists, each line with
 * the agreement's reference, the association and the link to the agreement's page. Its deduplication key,
 * {@code digest:<user>:<day>}, keeps one per person and day in the outbox too.
 */
final class StaffDigestMessages {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private StaffDigestMessages() {
    }

    static String key(String username, LocalDate day) {
        return "digest:" + username + ":" + day;
    }

    static OutboxMessage digest(StaffDigest digest, MailSettings settings, Instant now) {
        String today = LONG_DATE.format(digest.today());
        StringBuilder subject = new StringBuilder("Conventio : votre point du ").append(today).append(" (");
        List<String> counts = new java.util.ArrayList<>();
        if (!digest.overdue().isEmpty()) {
            counts.add(digest.overdue().size() + " en retard");
        }
        if (!digest.dueSoon().isEmpty()) {
            counts.add(digest.dueSoon().size() + " à venir");
        }
        if (!digest.decisions().isEmpty()) {
            counts.add(digest.decisions().size() + (digest.decisions().size() > 1 ? " décisions" : " décision"));
        }
        subject.append(String.join(", ", counts)).append(")");

        StringBuilder text = new StringBuilder("Bonjour ").append(digest.member().username()).append(",\n\n")
                .append("Voici ce qui vous attend ce ").append(today).append(".\n");
        deadlines(text, "En retard", digest.overdue(), settings);
        deadlines(text, "À échéance d'ici le " + LONG_DATE.format(digest.dueUpTo()), digest.dueSoon(), settings);
        if (digest.moreDeadlines() > 0) {
            text.append("\n  … et ").append(digest.moreDeadlines()).append(" autre(s) échéance(s) : voir le tableau de bord.\n");
        }
        if (!digest.decisions().isEmpty()) {
            text.append("\nEn attente de votre décision (").append(digest.decisions().size()).append(")\n");
            for (AgreementAwaitingDecision decision : digest.decisions()) {
                text.append("  - ").append(label(decision.decision())).append(" : convention ").append(decision.agreementReference())
                        .append(" (").append(decision.associationName()).append(")\n    ")
                        .append(settings.agreementLink(decision.agreementId())).append('\n');
            }
            if (digest.moreDecisions() > 0) {
                text.append("  … et ").append(digest.moreDecisions()).append(" autre(s) : voir le tableau de bord.\n");
            }
        }
        text.append("\nTableau de bord : ").append(settings.baseUrl()).append("/\n\n")
                .append("Ce message est envoyé automatiquement chaque jour où quelque chose vous attend ; ne répondez pas à cette adresse.\n");
        return OutboxMessage.create(key(digest.member().username(), digest.today()), List.of(digest.member().email().value()),
                subject.toString(), text.toString(), null, List.of(), null, now);
    }

    private static void deadlines(StringBuilder text, String title, List<Deadline> deadlines, MailSettings settings) {
        if (deadlines.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(" (").append(deadlines.size()).append(")\n");
        for (Deadline deadline : deadlines) {
            text.append("  - ").append(deadline.label()).append(", attendu le ").append(LONG_DATE.format(deadline.dueDate()))
                    .append(" : convention ").append(deadline.agreementReference()).append(" (").append(deadline.associationName())
                    .append(")\n    ").append(settings.agreementLink(deadline.agreementId())).append('\n');
        }
    }

    static String label(AwaitedDecision decision) {
        return switch (decision) {
            case APPROVAL -> "À approuver";
            case SIGNATURE -> "À signer";
            case RECOVERY_ORDER -> "Titre de recettes à émettre";
            case SUSPENSION -> "Versements suspendus, à reprendre ou résilier";
            case CLOSURE -> "Dossier à clore";
        };
    }
}
