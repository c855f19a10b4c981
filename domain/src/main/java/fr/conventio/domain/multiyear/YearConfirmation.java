package fr.conventio.domain.multiyear;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Checks;

import java.time.LocalDate;

/**
 * D5: the confirmation of a later year of a CPO: on which date, by which act, and the yearly award (an agreement of
 * that budget year, signed on that date) it created.
 */
public record YearConfirmation(LocalDate confirmedOn, ConfirmationKind kind, AgreementId awardId) {

    public YearConfirmation {
        Checks.require("confirmation de l'année (date)", confirmedOn);
        Checks.require("confirmation de l'année (acte)", kind);
        Checks.require("confirmation de l'année (convention de l'année)", awardId);
    }
}
