package fr.conventio.adapters.web.ui.agreement.dialog;

import com.vaadin.flow.component.UI;

/** The agreement page's texts, from the message bundles ({@code agreement.*} keys), in the UI's locale. */
public final class Texts {

    private Texts() {
    }

    /** The text of {@code key}; with arguments, a MessageFormat pattern (pass already formatted strings). */
    public static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The keep-unspent clause in force (A4): « aucune », « 5,00 % de la subvention (au plus 4 000,00 €) », « au plus 4 000,00 € ». */
    public static String keepUnspent(fr.conventio.application.reading.AgreementDetails d) {
        fr.conventio.domain.settlement.KeepUnspentClause clause = d.operationTerms().keepUnspentClause();
        return switch (clause.kind()) {
            case NONE -> t("agreement.summary.keepUnspentNone");
            case RATE -> t("agreement.summary.keepUnspentRate", fr.conventio.adapters.web.ui.Formats.rate(clause.rate()),
                    fr.conventio.adapters.web.ui.Formats.amount(clause.limit(d.subsidy().votedAmount())));
            case AMOUNT -> t("agreement.summary.keepUnspentAmount", fr.conventio.adapters.web.ui.Formats.amount(clause.amount()));
        };
    }
}
