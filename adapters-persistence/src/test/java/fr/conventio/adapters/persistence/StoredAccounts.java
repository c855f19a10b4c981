package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.shared.AgreementId;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The account of an agreement as its stored aggregates give it, for the tests that write aggregates
 * directly (without the use cases): {@link #of} builds it from what the adapters load back,
 * {@link #store} saves its figures as a use case would after changing the agreement's file.
 */
@Component
public class StoredAccounts {

    private final AgreementPersistenceAdapter agreements;
    private final PaymentPersistenceAdapter payments;
    private final RecoveryOrderPersistenceAdapter recoveryOrders;
    private final AgreementControlPersistenceAdapter controls;
    private final ObligationPersistenceAdapter obligations;
    private final AgreementAccountPersistenceAdapter accounts;

    StoredAccounts(AgreementPersistenceAdapter agreements, PaymentPersistenceAdapter payments, RecoveryOrderPersistenceAdapter recoveryOrders,
                   AgreementControlPersistenceAdapter controls, ObligationPersistenceAdapter obligations,
                   AgreementAccountPersistenceAdapter accounts) {
        this.agreements = agreements;
        this.payments = payments;
        this.recoveryOrders = recoveryOrders;
        this.controls = controls;
        this.obligations = obligations;
        this.accounts = accounts;
    }

    /** The account built from the agreement and everything recorded about it, as loaded from the database. */
    public AgreementAccount of(AgreementId id) {
        return AgreementAccount.of(agreements.findById(id).orElseThrow().value(), values(payments.findByAgreement(id)),
                values(recoveryOrders.findByAgreement(id)),
                controls.findByAgreement(id).map(Versioned::value).orElseGet(() -> AgreementControl.empty(id)),
                values(obligations.findByAgreement(id)));
    }

    /** Stores the figures of {@link #of} for each agreement. */
    public void store(AgreementId... ids) {
        for (AgreementId id : ids) {
            accounts.save(of(id).figures());
        }
    }

    /** The figures stored for the agreement. */
    public AccountFigures stored(AgreementId id) {
        return accounts.findByAgreement(id).orElseThrow();
    }

    private static <T> List<T> values(List<Versioned<T>> versioned) {
        return versioned.stream().map(Versioned::value).toList();
    }
}
