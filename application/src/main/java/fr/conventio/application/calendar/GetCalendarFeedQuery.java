package fr.conventio.application.calendar;

import fr.conventio.domain.shared.AgreementId;

/**
 * The feed read with {@code token} (the secret of its owner, who must be the current user): the portfolio's deadlines,
 * or only those of {@code agreementId} when given ({@code null} for the whole portfolio).
 */
public record GetCalendarFeedQuery(String token, AgreementId agreementId) {

    /** Never the secret in logs. */
    @Override
    public String toString() {
        return "GetCalendarFeedQuery[agreementId=" + agreementId + "]";
    }
}
