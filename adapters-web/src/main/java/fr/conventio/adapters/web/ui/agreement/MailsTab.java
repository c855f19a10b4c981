package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.application.mail.ListAgreementMailsQuery;
import fr.conventio.application.mail.OutboxEntry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Courriels": what was sent about the agreement to whom and when (reminders, letters), and what is waiting or
 * failed, the latest first, from the outbox.
 */
final class MailsTab extends VerticalLayout {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    MailsTab(AgreementPage page) {
        setPadding(false);
        add(new H3(Texts.t("agreement.mails.title")));
        add(new Paragraph(Texts.t("agreement.mails.intro")));
        List<OutboxEntry> mails = page.useCases().listMails().list(new ListAgreementMailsQuery(page.details().id()));

        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("mails-grid");
        grid.setAriaLabel(Texts.t("agreement.mails.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Texts.t("agreement.mails.empty"));
        grid.addColumn(e -> when(e.queuedAt())).setHeader(Texts.t("agreement.mails.column.queued")).setAutoWidth(true);
        grid.addColumn(e -> String.join(", ", e.recipients())).setHeader(Texts.t("agreement.mails.column.to")).setAutoWidth(true);
        grid.addColumn(e -> e.subject() + (e.attachmentNames().isEmpty() ? ""
                        : " (" + Texts.t("agreement.mails.attachments") + " " + String.join(", ", e.attachmentNames()) + ")"))
                .setHeader(Texts.t("agreement.mails.column.subject")).setFlexGrow(3);
        grid.addColumn(MailsTab::status).setHeader(Texts.t("agreement.mails.column.status")).setAutoWidth(true);
        grid.setItems(mails);
        add(grid);
    }

    /** "Envoyé le 02/12/2026 à 08:00", "En attente d'envoi", "Nouvel essai prévu (essais déjà faits : 2)", "Échec (essais : 8)". */
    static String status(OutboxEntry e) {
        return switch (e.status()) {
            case SENT -> Texts.t("agreement.mails.status.sent", when(e.sentAt()));
            case PENDING -> e.attempts() == 0 ? Texts.t("agreement.mails.status.pending")
                    : Texts.t("agreement.mails.status.retrying", Formats.count(e.attempts()));
            case SENDING -> Texts.t("agreement.mails.status.sending");
            case FAILED -> Texts.t("agreement.mails.status.failed", Formats.count(e.attempts()));
        };
    }

    static String when(Instant instant) {
        ZonedDateTime at = instant.atZone(PARIS);
        return Texts.t("agreement.mails.when", Formats.date(at.toLocalDate()), TIME.format(at));
    }
}
