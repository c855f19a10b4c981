package fr.conventio.adapters.web.ui;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * French display formats of the UI: amounts as {@code 1 040 335,00 €}, percentages as
 * {@code 7,69 %}, dates as {@code 31/12/2020}. Spaces are no-break spaces so that an amount never
 * wraps. Display only: values are rounded by the domain, never here.
 */
public final class Formats {

    /** No-break space, used as the thousands separator and before the unit. */
    public static final char NBSP = '\u00A0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private Formats() {
    }

    private static DecimalFormat decimal() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setParseBigDecimal(true);
        return format;
    }

    public static String amount(Amount amount) {
        return amount == null ? "" : decimal().format(amount.value()) + NBSP + "€";
    }

    public static String rate(Rate rate) {
        return rate == null ? "" : decimal().format(rate.percentTwoDecimals()) + NBSP + "%";
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : decimal().format(value);
    }

    /** A count, "1 250": groups of three digits separated by a no-break space, no decimals. */
    public static String count(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && digits.charAt(i - 1) != '-' && (digits.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
