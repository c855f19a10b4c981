package fr.conventio.application.fakes;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.settlement.RecoveryOrder;

import java.util.List;

/**
 * Deep copies of the mutable aggregates through their {@code rehydrate} factories, as a database
 * round trip would make them: the fakes store and hand out copies, so that a service changing an
 * aggregate it loaded changes nothing stored until it saves (and a refused command leaves the fakes
 * exactly as they were). Copying through {@code rehydrate} also checks each aggregate's stored-form
 * invariants, like the persistence adapter will.
 */
public final class AggregateCopies {

    private AggregateCopies() {
    }

    public static Agreement copy(Agreement a) {
        List<AgreementVersion> versions = a.versions();
        return Agreement.rehydrate(a.id(), a.reference(), a.funderId(), a.associationId(), a.signatory(), a.representative(),
                a.budgetYear(), a.object(), a.programme(), a.forecastBudget(), a.subsidy(), a.paymentTerms(),
                a.ownOperationPeriod().orElse(null), a.keepUnspentClause(), a.status(), a.deliberation().orElse(null), a.signatureDate().orElse(null), versions.isEmpty() ? null : versions.getFirst(),
                a.amendments(), a.thirdPartyDelegations(), a.suspensions(), a.settlement().orElse(null), a.closedOn().orElse(null),
                a.termination().orElse(null), a.createdBy().orElse(null));
    }

    public static Association copy(Association a) {
        return Association.rehydrate(a.id(), a.name(), a.registeredAddress(), a.representative(), a.siret().orElse(null),
                a.rna().orElse(null), a.fiscalYear(), a.annualBudget(), a.republicanCommitmentDate().orElse(null), a.contactEmail().orElse(null));
    }

    public static Funder copy(Funder f) {
        return Funder.rehydrate(f.id(), f.name(), f.kind(), f.siret(), f.address(), f.signatories());
    }

    public static BudgetLine copy(BudgetLine l) {
        return BudgetLine.rehydrate(l.id(), l.funderId(), l.code(), l.label(), l.envelopes(), l.adoptedYears(), l.commitments());
    }

    public static Payment copy(Payment p) {
        return Payment.rehydrate(p.id(), p.agreementId(), p.kind(), p.charges(), p.valueDate(), p.orderReference().orElse(null), p.instalmentNumber().orElse(null),
                p.status(), p.cancelledOn().orElse(null), p.cancelledBy().orElse(null), p.cancellationReason().orElse(null));
    }

    public static Obligation copy(Obligation o) {
        return Obligation.rehydrate(o.id(), o.agreementId(), o.type(), o.dueDate(), o.status(), o.history(), o.addedReason().orElse(null),
                o.accountsApprovedOn().orElse(null));
    }

    public static RecoveryOrder copy(RecoveryOrder o) {
        return RecoveryOrder.rehydrate(o.id(), o.funderId(), o.agreementId(), o.number(), o.ground(), o.amount(), o.issuedOn(),
                o.receipts(), o.status(), o.cancelledOn().orElse(null), o.cancelledBy().orElse(null), o.cancellationReason().orElse(null));
    }
}
