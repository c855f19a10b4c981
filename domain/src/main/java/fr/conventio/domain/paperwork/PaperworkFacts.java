package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.settlement.RecoveryOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the documents of an agreement are written from: the agreement, its parties, its obligations,
 * recovery orders and control file, the day the document is written (from the injected clock), the plan of the
 * multi-year agreement it heads (D5, {@code null} for an annual agreement) and what the funder grants the
 * association the same budget year by its other agreements ({@link AnnualSubsidies}, for D3 and O4).
 */
public record PaperworkFacts(Agreement agreement, Funder funder, Association association, List<Obligation> obligations,
                             List<RecoveryOrder> recoveryOrders, AgreementControl control, LocalDate today,
                             MultiYearPlan multiYearPlan, AnnualSubsidies otherSubsidies) {

    public PaperworkFacts {
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(funder);
        Objects.requireNonNull(association);
        obligations = List.copyOf(obligations);
        recoveryOrders = List.copyOf(recoveryOrders);
        control = control == null ? AgreementControl.empty(agreement.id()) : control;
        Objects.requireNonNull(today);
        if (multiYearPlan != null && !multiYearPlan.headAgreementId().equals(agreement.id())) {
            throw new IllegalArgumentException("le plan pluriannuel n'est pas celui de la convention " + agreement.reference());
        }
        otherSubsidies = otherSubsidies == null ? AnnualSubsidies.none(agreement.associationId(), agreement.budgetYear()) : otherSubsidies;
    }

    /** An annual agreement that is the association's only one with the funder that year. */
    public PaperworkFacts(Agreement agreement, Funder funder, Association association, List<Obligation> obligations,
                          List<RecoveryOrder> recoveryOrders, AgreementControl control, LocalDate today) {
        this(agreement, funder, association, obligations, recoveryOrders, control, today, null, null);
    }

    /** Only the agreement and its parties (no obligation, order or control yet). */
    public static PaperworkFacts of(Agreement agreement, Funder funder, Association association, LocalDate today) {
        return new PaperworkFacts(agreement, funder, association, List.of(), List.of(), null, today);
    }

    /** These facts for the head of the multi-year agreement {@code plan} (D5). */
    public PaperworkFacts withMultiYearPlan(MultiYearPlan plan) {
        return new PaperworkFacts(agreement, funder, association, obligations, recoveryOrders, control, today, plan, otherSubsidies);
    }

    /** These facts with what the funder grants the association that year by its other agreements (D3, O4). */
    public PaperworkFacts withOtherSubsidies(AnnualSubsidies others) {
        return new PaperworkFacts(agreement, funder, association, obligations, recoveryOrders, control, today, multiYearPlan, others);
    }

    /** The plan of the multi-year agreement this agreement heads (D5), if any. */
    public Optional<MultiYearPlan> multiYear() {
        return Optional.ofNullable(multiYearPlan);
    }

    public AgreementClauses clauses() {
        return AgreementClauses.of(agreement, association, otherSubsidies, multiYearPlan);
    }
}
