package fr.conventio.application.agreementfile;

import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An agreement with everything recorded about it — payments, obligations, recovery orders, control file —
 * as a use case loaded it through {@link AgreementFiles}, and the unit of work of that use case: what it
 * adds ({@code add}), takes for update ({@code ...ForUpdate}, refused when saved since the user saw it) or
 * replaces ({@link #replaceControl}) is what {@link AgreementFiles#save} writes, with the figures of the
 * {@link #account() account} computed from the file as it then stands.
 */
public final class AgreementFile {

    private final Versioned<Agreement> agreement;
    private final List<Versioned<Payment>> payments;
    private final List<Versioned<Obligation>> obligations;
    private final List<Versioned<RecoveryOrder>> orders;
    private Versioned<AgreementControl> control;
    private boolean controlChanged;
    private final Set<Versioned<?>> changed = Collections.newSetFromMap(new IdentityHashMap<>());

    AgreementFile(Versioned<Agreement> agreement, List<Versioned<Payment>> payments, List<Versioned<Obligation>> obligations,
                  List<Versioned<RecoveryOrder>> orders, Versioned<AgreementControl> control) {
        this.agreement = Objects.requireNonNull(agreement);
        this.payments = new ArrayList<>(payments);
        this.obligations = new ArrayList<>(obligations);
        this.orders = new ArrayList<>(orders);
        this.control = Objects.requireNonNull(control);
    }

    /** The agreement (mutable aggregate: what a use case changes on it is saved with the file). */
    public Agreement agreement() {
        return agreement.value();
    }

    /** The version the agreement was loaded at. */
    public long version() {
        return agreement.version();
    }

    public AgreementControl control() {
        return control.value();
    }

    /** The account of the file as it stands now (after what the use case changed so far). */
    public AgreementAccount account() {
        return AgreementAccount.of(agreement(), values(payments), values(orders), control(), values(obligations));
    }

    public List<Versioned<Payment>> payments() {
        return List.copyOf(payments);
    }

    public List<Versioned<Obligation>> obligations() {
        return List.copyOf(obligations);
    }

    public List<Versioned<RecoveryOrder>> recoveryOrders() {
        return List.copyOf(orders);
    }

    // ---------------------------------------------------------------- the unit of work

    /** A new payment, saved with the file. */
    public void add(Payment payment) {
        add(payments, payment);
    }

    /** A new recovery order, saved with the file. */
    public void add(RecoveryOrder order) {
        add(orders, order);
    }

    /** New obligations (those of the signature), saved with the file. */
    public void addObligations(List<Obligation> generated) {
        generated.forEach(obligation -> add(obligations, obligation));
    }

    /** Replaces the control file; saved with the file, on the version it was loaded at. */
    public void replaceControl(AgreementControl newControl) {
        this.control = new Versioned<>(Objects.requireNonNull(newControl), control.version());
        this.controlChanged = true;
    }

    /** A payment of this agreement to change, refused when saved since the user saw it at {@code expectedVersion}. */
    public Payment paymentForUpdate(PaymentId id, long expectedVersion) {
        return forUpdate(payments, p -> p.id().equals(id), expectedVersion, "Versement", id);
    }

    /** A recovery order of this agreement to change, refused when saved since the user saw it at {@code expectedVersion}. */
    public RecoveryOrder orderForUpdate(RecoveryOrderId id, long expectedVersion) {
        return forUpdate(orders, o -> o.id().equals(id), expectedVersion, "Titre de recettes", id);
    }

    /** An obligation of this agreement to change, refused when saved since the user saw it at {@code expectedVersion}. */
    public Obligation obligationForUpdate(ObligationId id, long expectedVersion) {
        return forUpdate(obligations, o -> o.id().equals(id), expectedVersion, "Obligation", id);
    }

    /** The version an aggregate of the file was stored at once saved (for the use case's result). */
    public <T> long versionOf(T aggregate) {
        return List.of(payments, orders, obligations).stream().flatMap(List::stream).filter(v -> v.value() == aggregate)
                .map(Versioned::version).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("aggregate not saved with the file: " + aggregate));
    }

    Versioned<Agreement> versionedAgreement() {
        return agreement;
    }

    Versioned<AgreementControl> versionedControl() {
        return control;
    }

    boolean controlChanged() {
        return controlChanged;
    }

    /** What the use case added or took for update, in the order of the file's lists. */
    <T> List<Versioned<T>> toSave(List<Versioned<T>> all) {
        return all.stream().filter(v -> v.isNew() || changed.contains(v)).toList();
    }

    List<Versioned<Payment>> paymentList() {
        return payments;
    }

    List<Versioned<RecoveryOrder>> orderList() {
        return orders;
    }

    List<Versioned<Obligation>> obligationList() {
        return obligations;
    }

    /**
     * Records the version an aggregate was saved at (the aggregate itself stays the one the use case holds), so
     * that {@link #versionOf} answers and a second save of the file would update rather than insert it again.
     */
    <T> void saved(List<Versioned<T>> all, Versioned<T> before, Versioned<T> after) {
        int index = all.indexOf(before);
        all.set(index, new Versioned<>(before.value(), after.version()));
        changed.remove(before);
    }

    private static <T> void add(List<Versioned<T>> list, T aggregate) {
        list.add(Versioned.newAggregate(Objects.requireNonNull(aggregate)));
    }

    private <T> T forUpdate(List<Versioned<T>> list, Predicate<T> match, long expectedVersion, String kind, Object id) {
        Versioned<T> found = list.stream().filter(v -> match.test(v.value())).findFirst().orElseThrow(() -> new NotFoundException(kind, id));
        Guards.requireVersion(found, expectedVersion, kind, id);
        changed.add(found);
        return found.value();
    }

    private static <T> List<T> values(List<Versioned<T>> list) {
        return list.stream().map(Versioned::value).toList();
    }
}
