package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.domain.agreement.Instalment;

/** How an instalment of the schedule (V5) is named on screen. */
public final class InstalmentLabels {

    private InstalmentLabels() {
    }

    /** What an instalment waits for, in French: "à la signature", "le 01/06/2020", "à l'acceptation : …", "solde …". */
    public static String condition(Instalment instalment) {
        return switch (instalment.condition()) {
            case SIGNATURE -> Texts.t("agreement.instalments.condition.SIGNATURE");
            case DATE -> Texts.t("agreement.instalments.condition.DATE", Formats.date(instalment.dueDate()));
            case DOCUMENT_ACCEPTED -> Texts.t("agreement.instalments.condition.DOCUMENT_ACCEPTED", fr.conventio.domain.obligation.ObligationType.valueOf(instalment.document()).label());
            case BALANCE -> Texts.t("agreement.instalments.condition.BALANCE");
        };
    }
}
