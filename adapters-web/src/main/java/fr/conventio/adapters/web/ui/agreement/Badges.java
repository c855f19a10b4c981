package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import com.vaadin.flow.component.html.Span;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.settlement.RecoveryOrderStatus;

/** Status of a record of the agreement (obligation, payment, recovery order) shown as a Lumo badge that always carries its text (colour only repeats what the text says); the agreement's own stage is a {@link fr.conventio.adapters.web.ui.common.StageBadges}. */
final class Badges {

    private Badges() {
    }

    static Span of(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (variant != null) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }

    static Span obligation(ObligationStatus status) {
        String variant = switch (status) {
            case ACCEPTED -> "success";
            case OVERDUE, REJECTED -> "error";
            case WAIVED -> "contrast";
            case PENDING, RECEIVED -> null;
        };
        return of(Texts.t("agreement.obligation.status." + status.name()), variant);
    }

    static Span payment(PaymentStatus status) {
        return of(Texts.t("agreement.payment.status." + status.name()), status == PaymentStatus.CANCELLED ? "contrast" : "success");
    }

    /** The state of an instalment of the schedule (V5): à venir, dû, versé, compris dans le solde. */
    static Span instalment(fr.conventio.domain.account.InstalmentState.State state) {
        String variant = switch (state) {
            case PAID -> "success";
            case DUE -> null;
            case UPCOMING, IN_BALANCE -> "contrast";
        };
        return of(Texts.t("agreement.instalment.state." + state.name()), variant);
    }

    static Span recoveryOrder(RecoveryOrderStatus status) {
        String variant = switch (status) {
            case ISSUED -> null;
            case PAID -> "success";
            case CANCELLED -> "contrast";
        };
        return of(Texts.t("agreement.recovery.status." + status.name()), variant);
    }
}
