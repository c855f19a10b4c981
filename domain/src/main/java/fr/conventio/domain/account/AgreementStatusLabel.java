package fr.conventio.domain.account;

import fr.conventio.domain.agreement.AgreementStatus;

/** French words for an agreement status, as used in refusal messages. */
final class AgreementStatusLabel {

    private AgreementStatusLabel() {
    }

    static String of(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "en brouillon";
            case APPROVED -> "approuvée (non signée)";
            case SIGNED -> "signée";
            case SETTLED -> "liquidée";
            case CLOSED -> "clôturée";
            case SUSPENDED -> "suspendue";
            case TERMINATED -> "résiliée";
        };
    }
}
