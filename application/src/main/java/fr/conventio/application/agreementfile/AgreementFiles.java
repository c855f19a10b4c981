package fr.conventio.application.agreementfile;

import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;

/**
 * Loads an agreement with everything recorded about it (an {@link AgreementFile}: payments, obligations,
 * recovery orders, control file), and saves what a use case changed. The five repositories behind a file,
 * given once to the money and control services.
 *
 * <p>A use case saves the agreement first (its version goes up, so that two commands on one agreement
 * cannot both pass), then the control file on the version it was loaded at, then what it created.
 * Not a use case: it checks nobody's rights and opens no transaction; the service calling it does.
 */
public final class AgreementFiles {

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final ObligationRepository obligations;
    private final RecoveryOrderRepository recoveryOrders;
    private final AgreementControlRepository controls;

    public AgreementFiles(AgreementRepository agreements, PaymentRepository payments, ObligationRepository obligations,
                          RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls) {
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.obligations = Objects.requireNonNull(obligations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.controls = Objects.requireNonNull(controls);
    }

    /** The agreement and everything recorded about it; refused when there is no such agreement. */
    public AgreementFile load(AgreementId id) {
        Versioned<Agreement> agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("Convention", id));
        return new AgreementFile(agreement, payments.findByAgreement(id), obligations.findByAgreement(id),
                recoveryOrders.findByAgreement(id), loadControl(controls, id));
    }

    /** {@link #load}, then refused when the agreement was saved since the user saw it at {@code expectedVersion}. */
    public AgreementFile loadForUpdate(AgreementId id, long expectedVersion) {
        AgreementFile file = load(id);
        Guards.requireVersion(file.agreement(), expectedVersion, "Convention", id);
        return file;
    }

    /** A recovery order alone, refused when missing or saved since the user saw it at {@code expectedVersion}. */
    public Versioned<RecoveryOrder> loadOrderForUpdate(RecoveryOrderId id, long expectedVersion) {
        Versioned<RecoveryOrder> loaded = recoveryOrders.findById(id).orElseThrow(() -> new NotFoundException("Titre de recettes", id));
        Guards.requireVersion(loaded, expectedVersion, "Titre de recettes", id);
        return loaded;
    }

    /** Saves the agreement of the file (its version goes up). */
    public Versioned<Agreement> save(AgreementFile file) {
        return agreements.save(file.agreement());
    }

    /** Saves the agreement of the file, then its control file as changed, on the version it was loaded at. */
    public Versioned<Agreement> save(AgreementFile file, AgreementControl control) {
        Versioned<Agreement> saved = agreements.save(file.agreement());
        controls.save(new Versioned<>(control, file.control().version()));
        return saved;
    }

    public Versioned<Payment> addPayment(Payment payment) {
        return payments.save(Versioned.newAggregate(payment));
    }

    public Versioned<RecoveryOrder> addOrder(RecoveryOrder order) {
        return recoveryOrders.save(Versioned.newAggregate(order));
    }

    public Versioned<RecoveryOrder> saveOrder(Versioned<RecoveryOrder> order) {
        return recoveryOrders.save(order);
    }

    /**
     * The agreement alone, for the services that change only it (and its control file): refused when
     * missing or saved since the user saw it at {@code expectedVersion}.
     */
    public static Versioned<Agreement> loadAgreementForUpdate(AgreementRepository agreements, AgreementId id, long expectedVersion) {
        Versioned<Agreement> loaded = agreements.findById(id).orElseThrow(() -> new NotFoundException("Convention", id));
        Guards.requireVersion(loaded, expectedVersion, "Convention", id);
        return loaded;
    }

    /** The control file of an agreement; an empty new one when nothing was recorded yet. */
    public static Versioned<AgreementControl> loadControl(AgreementControlRepository controls, AgreementId id) {
        return controls.findByAgreement(id).orElseGet(() -> Versioned.newAggregate(AgreementControl.empty(id)));
    }
}
