package fr.conventio.domain.publication;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.SpreadsheetCells;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One row of the SCDL "subventions" 2.1.1 open-data file (X1, décret 2017-779). The compact
 * constructor applies the schema's constraints (schema-2.1.1.json), copied here:
 * <ul>
 *   <li>required: nomAttribuant, idAttribuant, dateConvention, nomBeneficiaire, objet, montant, nature,
 *       conditionsVersement, datesPeriodeVersement, notificationUE, pourcentageSubvention;</li>
 *   <li>idAttribuant, idBeneficiaire: SIRET, {@code ^\d{14}$} with a valid check digit (custom check
 *       "french-siret-value": Luhn, or for La Poste's SIREN 356000000 a digit sum divisible by 5);</li>
 *   <li>rnaBeneficiaire: {@code ^W\d{9}$}; one of idBeneficiaire and rnaBeneficiaire is required;</li>
 *   <li>objet and conditionsVersement: at most 256 characters; idRAE: at most 5;</li>
 *   <li>pourcentageSubvention: between 0.01 and 1. It is the beneficiary's share of the amount when a
 *       subsidy is split between several beneficiaries, so 1 for a single one (not the share of the
 *       project's cost of rule B2).</li>
 * </ul>
 * Optional columns (referenceDecision, idBeneficiaire or rnaBeneficiaire, idRAE, dispositifAide) are {@code null} when empty.
 * The free texts (names, decision reference, object, payment terms, aid scheme) are neutralised for
 * spreadsheets ({@link SpreadsheetCells}) before their length is checked: the file is opened in spreadsheets
 * by whoever downloads the open data.
 */
public record ScdlSubsidyRecord(String nomAttribuant, String idAttribuant, LocalDate dateConvention, String referenceDecision,
                                String nomBeneficiaire, String idBeneficiaire, String rnaBeneficiaire, String objet, Amount montant,
                                ScdlNature nature, String conditionsVersement, ScdlPaymentPeriod datesPeriodeVersement, String idRAE,
                                boolean notificationUE, BigDecimal pourcentageSubvention, String dispositifAide) {

    /** Payment in one go. */
    public static final String UNIQUE = "unique";
    /** Payment in instalments (the seed: advance then balance). */
    public static final String STAGGERED = "échelonné";

    private static final Pattern SIRET = Pattern.compile("^\\d{14}$");
    private static final Pattern RNA = Pattern.compile("^W\\d{9}$");
    /** The schema's maxLength of objet and conditionsVersement. */
    public static final int MAX_TEXT = 256;
    private static final int MAX_ID_RAE = 5;
    private static final BigDecimal MIN_SHARE = new BigDecimal("0.01");

    public ScdlSubsidyRecord {
        nomAttribuant = SpreadsheetCells.neutralised(required(nomAttribuant, "nomAttribuant"));
        idAttribuant = siret(required(idAttribuant, "idAttribuant"), "idAttribuant");
        if (dateConvention == null) {
            throw new InvalidValueException("dateConvention", "valeur requise");
        }
        referenceDecision = SpreadsheetCells.neutralised(optional(referenceDecision));
        nomBeneficiaire = SpreadsheetCells.neutralised(required(nomBeneficiaire, "nomBeneficiaire"));
        idBeneficiaire = optional(idBeneficiaire);
        if (idBeneficiaire != null) {
            siret(idBeneficiaire, "idBeneficiaire");
        }
        rnaBeneficiaire = optional(rnaBeneficiaire);
        if (rnaBeneficiaire != null && !RNA.matcher(rnaBeneficiaire).matches()) {
            throw new InvalidValueException("rnaBeneficiaire", "« " + rnaBeneficiaire + " » n'est pas un numéro RNA (W suivi de 9 chiffres)");
        }
        if (idBeneficiaire == null && rnaBeneficiaire == null) {
            throw new InvalidValueException("idBeneficiaire", "le SIRET ou le numéro RNA du bénéficiaire est requis");
        }
        objet = maxLength(SpreadsheetCells.neutralised(required(objet, "objet")), "objet", MAX_TEXT);
        if (montant == null) {
            throw new InvalidValueException("montant", "valeur requise");
        }
        if (nature == null) {
            throw new InvalidValueException("nature", "valeur requise");
        }
        conditionsVersement = maxLength(SpreadsheetCells.neutralised(required(conditionsVersement, "conditionsVersement")),
                "conditionsVersement", MAX_TEXT);
        if (datesPeriodeVersement == null) {
            throw new InvalidValueException("datesPeriodeVersement", "valeur requise");
        }
        idRAE = optional(idRAE);
        if (idRAE != null) {
            maxLength(idRAE, "idRAE", MAX_ID_RAE);
        }
        if (pourcentageSubvention == null) {
            throw new InvalidValueException("pourcentageSubvention", "valeur requise");
        }
        if (pourcentageSubvention.compareTo(MIN_SHARE) < 0 || pourcentageSubvention.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("pourcentageSubvention", "la part du bénéficiaire est une fraction entre 0.01 et 1 (reçu "
                    + pourcentageSubvention.toPlainString() + ")");
        }
        dispositifAide = SpreadsheetCells.neutralised(optional(dispositifAide));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "valeur requise");
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String maxLength(String value, String field, int max) {
        if (value.length() > max) {
            throw new InvalidValueException(field, "au plus " + max + " caractères (" + value.length() + " reçus)");
        }
        return value;
    }

    private static String siret(String value, String field) {
        if (!SIRET.matcher(value).matches()) {
            throw new InvalidValueException(field, "« " + value + " » n'est pas un SIRET (14 chiffres)");
        }
        if (!hasValidSiretCheckDigit(value)) {
            throw new InvalidValueException(field, "« " + value + " » n'est pas un SIRET valide (clé de contrôle incorrecte)");
        }
        return value;
    }

    /** The schema's "french-siret-value" check: Luhn, except La Poste (SIREN 356000000) whose digits add up to a multiple of 5. */
    static boolean hasValidSiretCheckDigit(String siret) {
        if (siret.startsWith("356000000")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < siret.length(); i++) {
            int digit = siret.charAt(siret.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
