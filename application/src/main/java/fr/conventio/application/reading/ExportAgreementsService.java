package fr.conventio.application.reading;

import fr.conventio.application.shared.AllPages;
import fr.conventio.application.shared.Guards;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.SpreadsheetCells;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The agreements list as CSV for French spreadsheets, read from {@link AgreementQueries#search} page after
 * page (by reference). Columns: Référence;Association;Exercice;Subvention;Part du coût;Statut. Amounts as
 * "80 000,00" (space between thousands, decimal comma), rates as "7,69", statuses in French. A text
 * field holding ";", '"' or a line break is quoted; one a spreadsheet would run as a formula is neutralised
 * by {@link SpreadsheetCells} (the SCDL export uses the same rule).
 */
public final class ExportAgreementsService implements ExportAgreementsUseCase {

    static final char BOM = '\uFEFF';
    static final String SEPARATOR = ";";
    static final String EOL = "\r\n";
    static final String HEADER = String.join(SEPARATOR, "Référence", "Association", "Exercice", "Subvention", "Part du coût", "Statut");

    private final AgreementQueries queries;
    private final Clock clock;

    public ExportAgreementsService(AgreementQueries queries, Clock clock) {
        this.queries = Objects.requireNonNull(queries);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AgreementsExport export(ExportAgreementsQuery query) {
        List<AgreementSummary> rows = AllPages.read(page -> queries.search(query.search(), page), SearchAgreementsUseCase.SORT_REFERENCE);
        StringBuilder csv = new StringBuilder().append(BOM).append(HEADER).append(EOL);
        for (AgreementSummary s : rows) {
            csv.append(String.join(SEPARATOR, text(s.reference()), text(s.associationName()), Integer.toString(s.budgetYear()),
                    amount(s.subsidy()), number(s.shareOfCost().percentTwoDecimals()), stageLabel(s.stage()))).append(EOL);
        }
        return new AgreementsExport("conventions-" + Guards.today(clock) + ".csv", csv.toString(), rows.size());
    }

    static String amount(Amount amount) {
        return number(amount.value());
    }

    /** "80 000,00": groups of three digits separated by a space, decimal comma. */
    static String number(BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(integer.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = SpreadsheetCells.neutralised(value);
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static String stageLabel(AgreementStage stage) {
        return switch (stage) {
            case DRAFT -> "Brouillon";
            case APPROVED -> "Approuvée";
            case SIGNED -> "Signée";
            case SUSPENDED -> "Suspendue";
            case SETTLED -> "Liquidée";
            case BALANCE_PAID -> "Solde versé";
            case CLOSED -> "Clôturée";
            case TERMINATED -> "Résiliée";
        };
    }
}
