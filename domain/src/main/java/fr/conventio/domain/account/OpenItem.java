package fr.conventio.domain.account;

import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.FrenchFormat;

import java.time.LocalDate;

/**
 * One thing that keeps an agreement's file open (D2): an obligation neither accepted nor waived, a
 * balance still due, a sum owed back that no recovery order claims yet, or a recovery order not yet
 * recovered. Only the fields of its kind are set.
 *
 * @param kind            what is open
 * @param obligationType  OBLIGATION: which one
 * @param dueDate         OBLIGATION: its due date
 * @param ground          TO_CLAIM: the ground of the sum owed
 * @param orderNumber     ORDER_TO_RECOVER: the order's number
 * @param amount          BALANCE, TO_CLAIM, ORDER_TO_RECOVER: the sum at stake
 */
public record OpenItem(Kind kind, ObligationType obligationType, LocalDate dueDate, RecoveryGround ground,
                       RecoveryOrderNumber orderNumber, Amount amount) {

    public enum Kind {
        /** An obligation neither accepted nor waived (O11). */
        OBLIGATION,
        /** The funder still owes a balance. */
        BALANCE,
        /** A sum owed back that no recovery order claims yet (A2). */
        TO_CLAIM,
        /** A recovery order not yet recovered (A2). */
        ORDER_TO_RECOVER
    }

    public OpenItem {
        Checks.require("point ouvert (nature)", kind);
    }

    static OpenItem obligation(ObligationType type, LocalDate dueDate) {
        return new OpenItem(Kind.OBLIGATION, Checks.require("obligation", type), Checks.require("échéance", dueDate), null, null, null);
    }

    static OpenItem balance(Amount amount) {
        return new OpenItem(Kind.BALANCE, null, null, null, null, amount);
    }

    static OpenItem toClaim(RecoveryGround ground, Amount amount) {
        return new OpenItem(Kind.TO_CLAIM, null, null, Checks.require("motif", ground), null, amount);
    }

    static OpenItem orderToRecover(RecoveryOrderNumber number, Amount remaining) {
        return new OpenItem(Kind.ORDER_TO_RECOVER, null, null, null, Checks.require("numéro de titre", number), remaining);
    }

    /** In French, for a refusal message: « Compte rendu financier de l'emploi de la subvention » attendue pour le 30/06/2021. */
    public String describe() {
        return switch (kind) {
            case OBLIGATION -> "« " + obligationType.label() + " » ni acceptée ni levée (échéance du " + FrenchFormat.date(dueDate) + ")";
            case BALANCE -> "un solde de " + FrenchFormat.amount(amount) + " reste dû à l'association";
            case TO_CLAIM -> FrenchFormat.amount(amount) + " à recouvrer (" + ground.label() + ") sans titre émis";
            case ORDER_TO_RECOVER -> "le titre " + orderNumber + " attend encore " + FrenchFormat.amount(amount);
        };
    }
}
