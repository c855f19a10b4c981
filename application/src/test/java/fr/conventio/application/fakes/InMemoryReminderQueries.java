package fr.conventio.application.fakes;

import fr.conventio.application.mail.ReminderCandidate;
import fr.conventio.application.mail.ReminderQueries;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.EmailAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** In-memory {@link ReminderQueries} over the fakes, as the SQL: expected or rejected obligations of agreements in progress. */
public final class InMemoryReminderQueries implements ReminderQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryObligationRepository obligations;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryReminderQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                   InMemoryObligationRepository obligations, InMemoryAgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.obligations = Objects.requireNonNull(obligations);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public List<ReminderCandidate> openObligations(LocalDate dueFrom, LocalDate dueTo) {
        List<ReminderCandidate> found = new ArrayList<>();
        for (Versioned<Obligation> v : obligations.findAll(o -> (o.status() == ObligationStatus.PENDING || o.status() == ObligationStatus.REJECTED)
                && !o.dueDate().isBefore(dueFrom) && !o.dueDate().isAfter(dueTo))) {
            Obligation o = v.value();
            Agreement a = agreements.findById(o.agreementId()).orElseThrow().value();
            if (!accounts.findByAgreement(a.id()).map(f -> f.stage().isActive()).orElse(false)) {
                continue;
            }
            Association association = associations.findById(a.associationId()).orElseThrow().value();
            found.add(new ReminderCandidate(a.id(), a.reference().value(), association.name(),
                    association.contactEmail().map(EmailAddress::value).orElse(null), o.id(), o.type(), o.dueDate(), o.status()));
        }
        found.sort(Comparator.comparing(ReminderCandidate::dueDate).thenComparing(ReminderCandidate::agreementReference));
        return found;
    }
}
