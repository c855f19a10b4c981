package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.payment.PaymentDeadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link DeadlineQueries} over the fakes: obligations neither accepted nor waived, due up to
 * the limit (overdue ones included); N1 payment deadlines of agreements on which their account shows
 * nothing paid; the instalments to pay by a known date stored with the account's figures (V5/N1); terminated and closed agreements left out, as the SQL does.
 */
public final class InMemoryDeadlineQueries implements DeadlineQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryObligationRepository obligations;
    private final InMemoryAgreementControlRepository controls;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryDeadlineQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                   InMemoryObligationRepository obligations, InMemoryAgreementControlRepository controls,
                                   InMemoryAgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.obligations = Objects.requireNonNull(obligations);
        this.controls = Objects.requireNonNull(controls);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public Page<Deadline> deadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        return Pages.of(all(today, dueUpTo), page);
    }

    private List<Deadline> all(LocalDate today, LocalDate dueUpTo) {
        List<Deadline> all = new ArrayList<>();
        for (Versioned<Obligation> v : obligations.findAll(o -> !o.status().isFulfilled() && !o.dueDate().isAfter(dueUpTo))) {
            Obligation o = v.value();
            Agreement a = agreements.findById(o.agreementId()).orElseThrow().value();
            if (!inProgress(a)) {
                continue;
            }
            all.add(new Deadline(DeadlineKind.OBLIGATION, a.id(), a.reference().value(), associationName(a), o.id(), o.type().ruleId(),
                    o.type().label(), o.dueDate(), o.isOverdueOn(today), revision(v.version())));
        }
        controls.findAll().forEach(v -> v.value().funderPaymentDeadline().ifPresent(deadline -> {
            Agreement a = agreements.findById(v.value().agreementId()).orElseThrow().value();
            boolean paid = accounts.findByAgreement(a.id()).map(f -> !f.paid().isZero()).orElse(true);
            if (!paid && inProgress(a) && !deadline.dueBy().isAfter(dueUpTo)) {
                all.add(new Deadline(DeadlineKind.FUNDER_PAYMENT, a.id(), a.reference().value(), associationName(a), null, "N1",
                        "Versement de la subvention dans les " + PaymentDeadline.DAYS + " jours de la notification", deadline.dueBy(),
                        deadline.isLateOn(today, false), revision(v.version())));
            }
        }));
        for (AccountFigures figures : accounts.findAll()) {
            Versioned<Agreement> stored = agreements.findById(figures.agreementId()).orElseThrow();
            Agreement a = stored.value();
            if (!figures.stage().isActive()) {
                continue;
            }
            // an instalment's revision is the agreement's version: its date moves with the terms
            figures.instalmentDeadlines().stream().filter(i -> !i.dueBy().isAfter(dueUpTo)).forEach(i -> all.add(new Deadline(
                    DeadlineKind.FUNDER_INSTALMENT, a.id(), a.reference().value(), associationName(a), null, "V5", i.label(), i.dueBy(),
                    today.isAfter(i.dueBy()), i.amount(), i.number(), revision(stored.version()))));
        }
        all.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::agreementReference).thenComparing(Deadline::label));
        return all;
    }

    @Override
    public DueDeadlines dueDeadlines(LocalDate today, LocalDate dueUpTo, PageRequest page) {
        long overdue = all(today, dueUpTo).stream().filter(Deadline::overdue).count();
        return new DueDeadlines(deadlines(today, dueUpTo, page), overdue);
    }

    private static long revision(Long version) {
        return version == null ? 0 : version;
    }

    private boolean inProgress(Agreement a) {
        return accounts.findByAgreement(a.id()).map(f -> f.stage().isActive()).orElse(false);
    }

    private String associationName(Agreement a) {
        return associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");
    }
}
