package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.settlement.RecoveryOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the documents of an agreement are written from: the agreement, its parties, its obligations,
 * recovery orders and control file, and the day the document is written (from the injected clock).
 */
public record PaperworkFacts(Agreement agreement, Funder funder, Association association, List<Obligation> obligations,
                             List<RecoveryOrder> recoveryOrders, AgreementControl control, LocalDate today) {

    public PaperworkFacts {
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(funder);
        Objects.requireNonNull(association);
        obligations = List.copyOf(obligations);
        recoveryOrders = List.copyOf(recoveryOrders);
        control = control == null ? AgreementControl.empty(agreement.id()) : control;
        Objects.requireNonNull(today);
    }

    /** Only the agreement and its parties (no obligation, order or control yet). */
    public static PaperworkFacts of(Agreement agreement, Funder funder, Association association, LocalDate today) {
        return new PaperworkFacts(agreement, funder, association, List.of(), List.of(), null, today);
    }

    public AgreementClauses clauses() {
        return AgreementClauses.of(agreement, association);
    }
}
