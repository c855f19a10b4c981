package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentDeadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link DeadlineQueries} over the fakes: obligations neither accepted nor waived, due up to
 * the limit (overdue ones included); N1 payment deadlines of agreements with no payment recorded.
 */
public final class InMemoryDeadlineQueries implements DeadlineQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryObligationRepository obligations;
    private final InMemoryPaymentRepository payments;
    private final InMemoryAgreementControlRepository controls;

    public InMemoryDeadlineQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                   InMemoryObligationRepository obligations, InMemoryPaymentRepository payments,
                                   InMemoryAgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.obligations = Objects.requireNonNull(obligations);
        this.payments = Objects.requireNonNull(payments);
        this.controls = Objects.requireNonNull(controls);
    }

    @Override
    public Page<Deadline> deadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        List<Deadline> all = new ArrayList<>();
        for (Versioned<Obligation> v : obligations.findAll(o -> !o.status().isFulfilled() && !o.dueDate().isAfter(dueUpTo))) {
            Obligation o = v.value();
            Agreement a = agreements.findById(o.agreementId()).orElseThrow().value();
            all.add(new Deadline(DeadlineKind.OBLIGATION, a.id(), a.reference().value(), associationName(a), o.id(), o.type().ruleId(),
                    o.type().label(), o.dueDate(), o.isOverdueOn(today)));
        }
        controls.findAll().forEach(v -> v.value().funderPaymentDeadline().ifPresent(deadline -> {
            boolean paid = payments.findAll(p -> p.agreementId().equals(v.value().agreementId())).stream()
                    .map(Versioned::value).anyMatch(Payment::isRecorded);
            if (!paid && !deadline.dueBy().isAfter(dueUpTo)) {
                Agreement a = agreements.findById(v.value().agreementId()).orElseThrow().value();
                all.add(new Deadline(DeadlineKind.FUNDER_PAYMENT, a.id(), a.reference().value(), associationName(a), null, "N1",
                        "Versement de la subvention dans les " + PaymentDeadline.DAYS + " jours de la notification", deadline.dueBy(),
                        deadline.isLateOn(today, false)));
            }
        }));
        all.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::agreementReference).thenComparing(Deadline::label));
        return Pages.of(all, page);
    }

    private String associationName(Agreement a) {
        return associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");
    }
}
