package fr.conventio.domain.agreement;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One instalment of a schedule (V5): an amount and what it waits for — the signature, a document
 * accepted (its obligation type), a date (a deadline of the funder's, N1) or, for the last one, the balance (V2).
 *
 * @param dueDate  only with {@link InstalmentCondition#DATE}
 * @param document only with {@link InstalmentCondition#DOCUMENT_ACCEPTED}: the name of the awaited obligation type
 *                 ({@code ObligationType}, named by its name so that agreements do not depend on obligations)
 */
public record Instalment(Amount amount, InstalmentCondition condition, LocalDate dueDate, String document) {

    public static final String AMOUNT = "montant du versement";
    public static final String DUE_DATE = "date du versement";
    public static final String DOCUMENT = "document attendu";

    public Instalment {
        if (amount == null || amount.isZero() || amount.isLessThan(Amount.ZERO)) {
            throw new InvalidValueException(AMOUNT, "le montant de chaque versement échelonné doit être supérieur à 0,00 €");
        }
        if (condition == null) {
            throw new InvalidValueException("condition du versement", "la condition du versement (signature, document, date ou solde) est absente");
        }
        if (condition == InstalmentCondition.DATE && dueDate == null) {
            throw new InvalidValueException(DUE_DATE, "un versement à une date doit indiquer cette date");
        }
        if (condition != InstalmentCondition.DATE && dueDate != null) {
            throw new InvalidValueException(DUE_DATE, "seul un versement à une date porte une date");
        }
        if (condition == InstalmentCondition.DOCUMENT_ACCEPTED && (document == null || document.isBlank())) {
            throw new InvalidValueException(DOCUMENT, "un versement à l'acceptation d'un document doit indiquer ce document");
        }
        if (condition != InstalmentCondition.DOCUMENT_ACCEPTED && document != null) {
            throw new InvalidValueException(DOCUMENT, "seul un versement à l'acceptation d'un document indique un document");
        }
    }

    public static Instalment atSignature(Amount amount) {
        return new Instalment(amount, InstalmentCondition.SIGNATURE, null, null);
    }

    public static Instalment on(Amount amount, LocalDate date) {
        return new Instalment(amount, InstalmentCondition.DATE, date, null);
    }

    public static Instalment onDocument(Amount amount, String document) {
        return new Instalment(amount, InstalmentCondition.DOCUMENT_ACCEPTED, null, document);
    }

    public static Instalment balance(Amount amount) {
        return new Instalment(amount, InstalmentCondition.BALANCE, null, null);
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(dueDate);
    }

    public Optional<String> awaitedDocument() {
        return Optional.ofNullable(document);
    }

    public boolean isBalance() {
        return condition == InstalmentCondition.BALANCE;
    }

    /** What it waits for, in French: "le 01/06/2020", "à la signature", "à l'acceptation : Rapport d'activité ...". */
    public String describeCondition() {
        return switch (condition) {
            case SIGNATURE -> "à la signature";
            case DATE -> "le " + FrenchFormat.date(dueDate);
            case DOCUMENT_ACCEPTED -> "à l'acceptation du document attendu";
            case BALANCE -> "solde, après les documents du solde et la liquidation";
        };
    }
}
