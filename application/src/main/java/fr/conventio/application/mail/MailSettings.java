package fr.conventio.application.mail;

import java.util.Objects;

/**
 * The e-mail settings the use cases need (bootstrap builds it from configuration, docs/operations.md "Courriels"):
 * whether an SMTP server is configured ({@code spring.mail.host}; without it no letter may be sent by e-mail and no
 * digest is queued), the base URL of the application for the links in messages ({@code conventio.mail.base-url}),
 * and how many days ahead the staff digest looks ({@code conventio.digest.horizon-days}, 7 by default).
 */
public record MailSettings(boolean configured, String baseUrl, int digestHorizonDays) {

    public MailSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (baseUrl.isEmpty()) {
            throw new IllegalArgumentException("conventio.mail.base-url: the application's address is required, e.g. https://conventio.example.fr");
        }
        if (digestHorizonDays < 0 || digestHorizonDays > 366) {
            throw new IllegalArgumentException("conventio.digest.horizon-days: 0 to 366 days expected (" + digestHorizonDays + ")");
        }
    }

    /** The address of an agreement's page. */
    public String agreementLink(fr.conventio.domain.shared.AgreementId agreementId) {
        return baseUrl + "/conventions/" + agreementId.value();
    }
}
