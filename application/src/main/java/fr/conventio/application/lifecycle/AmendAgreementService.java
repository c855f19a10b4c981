package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.RuleViolationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Concludes an amendment (M1) through the domain (which refuses a change of object, M1, or of
 * beneficiary, P3). Refuses a subsidy reduced below what was already paid (V3). When the subsidy or
 * its split changes, the budget lines are committed again for the year (B4): a line left out of the new
 * split is released, every line of the new split is committed at its new amount.
 */
public final class AmendAgreementService implements AmendAgreementUseCase {

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final BudgetLineRepository lines;

    public AmendAgreementService(AgreementRepository agreements, PaymentRepository payments, BudgetLineRepository lines) {
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.lines = Objects.requireNonNull(lines);
    }

    @Override
    public AmendAgreementResult amend(AmendAgreementCommand command) {
        Versioned<Agreement> loaded = AgreementFiles.loadAgreementForUpdate(agreements, command.agreementId(), command.expectedVersion());
        Agreement agreement = loaded.value();
        Subsidy before = agreement.subsidy();
        Subsidy requested = command.request().subsidy();
        if (requested != null) {
            Amount paid = Amount.sum(payments.findByAgreement(agreement.id()).stream().map(Versioned::value)
                    .filter(Payment::isRecorded).map(Payment::amount).toList());
            if (requested.votedAmount().isLessThan(paid)) {
                throw new RuleViolationException("V3", "convention " + agreement.reference() + " : l'avenant ne peut pas ramener la subvention à "
                        + FrenchFormat.amount(requested.votedAmount()) + ", en dessous des sommes déjà versées ("
                        + FrenchFormat.amount(paid) + ")");
            }
        }

        Amendment amendment = agreement.amend(command.request());

        List<Versioned<BudgetLine>> touched = new ArrayList<>();
        if (amendment.changes(ChangedElement.SUBSIDY_AMOUNT) || amendment.changes(ChangedElement.SUBSIDY_SPLIT)) {
            Subsidy after = agreement.subsidy();
            Set<BudgetLineId> involved = new LinkedHashSet<>(before.budgetLines());
            involved.addAll(after.budgetLines());
            for (BudgetLineId id : involved) {
                Versioned<BudgetLine> line = lines.findById(id).orElseThrow(() -> new NotFoundException("Ligne budgétaire", id));
                if (after.amountOn(id).isEmpty()) {
                    line.value().release(agreement.budgetYear(), agreement.id());
                }
                touched.add(line);
            }
            for (SubsidyAllocation allocation : after.split()) {
                touched.stream().filter(l -> l.value().id().equals(allocation.budgetLineId())).findFirst().orElseThrow()
                        .value().commit(agreement.budgetYear(), agreement.id(), allocation.amount());
            }
        }

        Versioned<Agreement> saved = agreements.save(loaded);
        touched.forEach(lines::save);
        return new AmendAgreementResult(agreement.id(), saved.version(), amendment.number(), amendment.changes());
    }
}
