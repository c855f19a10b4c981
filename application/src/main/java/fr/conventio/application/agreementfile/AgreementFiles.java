package fr.conventio.application.agreementfile;

import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Loads an agreement's file ({@link AgreementFile}: the agreement, its payments, obligations, recovery
 * orders and control file) and saves it back in one go: every use case that changes an agreement or
 * anything recorded about it goes through here, so that the figures of its account are always stored with
 * what they were computed from, and the budget lines always carry the commitments the account computes (B4).
 *
 * <p>{@link #save} first decides everything that could be refused (the commitments: a raise needs the year's
 * budget adopted and enough left on the line), then writes: the agreement (its version goes up, so that two
 * commands on one agreement cannot both pass), the control file if replaced, the payments, recovery orders and
 * obligations added or taken for update, the budget lines whose commitment moved, the account's figures.
 * Not a use case: it checks nobody's rights and opens no transaction; the use case calling it runs in one.
 */
public final class AgreementFiles {

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final ObligationRepository obligations;
    private final RecoveryOrderRepository recoveryOrders;
    private final AgreementControlRepository controls;
    private final BudgetLineRepository budgetLines;
    private final AgreementAccountRepository accounts;
    /** Set while this thread runs commands as a dry run ({@link #dryRun}): {@link #save} then decides and writes nothing. */
    private final ThreadLocal<Boolean> dryRunning = ThreadLocal.withInitial(() -> false);

    public AgreementFiles(AgreementRepository agreements, PaymentRepository payments, ObligationRepository obligations,
                          RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls, BudgetLineRepository budgetLines,
                          AgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.obligations = Objects.requireNonNull(obligations);
        this.recoveryOrders = Objects.requireNonNull(recoveryOrders);
        this.controls = Objects.requireNonNull(controls);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.accounts = Objects.requireNonNull(accounts);
    }

    /** The agreement and everything recorded about it; refused when there is no such agreement. */
    public AgreementFile load(AgreementId id) {
        Versioned<Agreement> agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("Convention", id));
        return new AgreementFile(agreement, payments.findByAgreement(id), obligations.findByAgreement(id),
                recoveryOrders.findByAgreement(id), controls.findByAgreement(id)
                .orElseGet(() -> Versioned.newAggregate(AgreementControl.empty(id))));
    }

    /** {@link #load}, then refused when the agreement was saved since the user saw it at {@code expectedVersion}. */
    public AgreementFile loadForUpdate(AgreementId id, long expectedVersion) {
        AgreementFile file = load(id);
        Guards.requireVersion(file.versionedAgreement(), expectedVersion, "Convention", id);
        return file;
    }

    /** The file of the agreement a payment belongs to; the payment is then taken with {@link AgreementFile#paymentForUpdate}. */
    public AgreementFile loadOfPayment(PaymentId id) {
        return load(payments.findById(id).orElseThrow(() -> new NotFoundException("Versement", id)).value().agreementId());
    }

    /** The file of the agreement a recovery order belongs to; the order is then taken with {@link AgreementFile#orderForUpdate}. */
    public AgreementFile loadOfOrder(RecoveryOrderId id) {
        return load(recoveryOrders.findById(id).orElseThrow(() -> new NotFoundException("Titre de recettes", id)).value().agreementId());
    }

    /** The file of the agreement an obligation belongs to; the obligation is then taken with {@link AgreementFile#obligationForUpdate}. */
    public AgreementFile loadOfObligation(ObligationId id) {
        return load(obligations.findById(id).orElseThrow(() -> new NotFoundException("Obligation", id)).value().agreementId());
    }

    /** Stores a new agreement (a draft) and its account. */
    public Versioned<Agreement> create(Agreement agreement) {
        AgreementFile file = new AgreementFile(Versioned.newAggregate(agreement), List.of(), List.of(), List.of(),
                Versioned.newAggregate(AgreementControl.empty(agreement.id())));
        return save(file);
    }

    /**
     * Saves what the use case changed in the file, the commitments of the budget lines and the account's
     * figures; returns the agreement with its new version. Everything that can be refused is decided before
     * the first write.
     */
    public Versioned<Agreement> save(AgreementFile file) {
        AgreementAccount account = file.account();
        List<Versioned<BudgetLine>> moved = commitmentsToMove(file.agreement(), account);
        if (dryRunning.get()) {
            saveAll(file, file.paymentList(), AgreementFiles::asIfSaved);
            saveAll(file, file.orderList(), AgreementFiles::asIfSaved);
            saveAll(file, file.obligationList(), AgreementFiles::asIfSaved);
            return asIfSaved(file.versionedAgreement());
        }

        Versioned<Agreement> saved = agreements.save(file.versionedAgreement());
        if (file.controlChanged()) {
            controls.save(file.versionedControl());
        }
        saveAll(file, file.paymentList(), payments::save);
        saveAll(file, file.orderList(), recoveryOrders::save);
        saveAll(file, file.obligationList(), obligations::save);
        moved.forEach(budgetLines::save);
        accounts.save(account.figures());
        return saved;
    }

    /**
     * Deletes a draft's file: its account figures, then the agreement (its terms with it). Refused by the domain
     * unless the agreement is a draft; a draft has no payment, obligation, recovery order nor control file (they
     * come with the signature), so there is nothing else to delete. During a dry run, decides and writes nothing.
     */
    public void delete(AgreementFile file) {
        file.agreement().requireDeletable();
        if (!file.payments().isEmpty() || !file.obligations().isEmpty() || !file.recoveryOrders().isEmpty()
                || !file.versionedControl().isNew()) {
            throw new IllegalStateException("convention " + file.agreement().reference() + " : un brouillon ne devrait rien avoir d'enregistré à son sujet");
        }
        if (dryRunning.get()) {
            return;
        }
        accounts.delete(file.agreement().id());
        agreements.delete(file.versionedAgreement());
    }

    /**
     * Runs {@code commands} (calls of command use cases, on this thread) as a dry run: every file they save is
     * decided as usual — the account's figures and the budget lines' commitments computed, every refusal thrown —
     * and nothing is written; the agreement comes back with the version it would have. Recovery orders get a
     * provisional number ({@link #numbering}). Returns what the commands returned.
     */
    public <T> T dryRun(Supplier<T> commands) {
        boolean outer = !dryRunning.get();
        dryRunning.set(true);
        try {
            return commands.get();
        } finally {
            if (outer) {
                dryRunning.remove();
            }
        }
    }

    /**
     * Runs a creating use case on an agreement's file once per submission key ({@link SubmissionKeysPort#once}): a
     * replay creates nothing and is answered from what the first submission stored. During a dry run the key is not
     * claimed (the real submission will bring it) and {@code create} runs as a dry run.
     */
    public <R> R once(SubmissionKeysPort submissionKeys, SubmissionKey key, Class<?> useCase, Supplier<R> create,
                      Function<R, SubmissionKeysPort.Result> resultOf, Function<SubmissionKeysPort.Result, R> replay) {
        if (dryRunning.get()) {
            return create.get();
        }
        return submissionKeys.once(key, useCase, create, resultOf, replay);
    }

    /** Whether this thread runs commands as a dry run (nothing is stored). */
    public boolean dryRunning() {
        return dryRunning.get();
    }

    /**
     * The numbering to issue a recovery order with: {@code numbering} itself, or during a dry run a provisional
     * first number of the year, so that a check never uses up a number (numbers are taken in a transaction of
     * their own and never handed out again).
     */
    public RecoveryOrderNumberingPort numbering(RecoveryOrderNumberingPort numbering) {
        return dryRunning.get() ? (funderId, year) -> RecoveryOrderNumber.of(year, 1) : numbering;
    }

    /**
     * Stores the account of up to {@code limit} agreements that have none yet, and moves their budget lines'
     * commitments to what the account computes; the agreements themselves are not saved again. For the
     * agreements stored before the accounts existed (run at start-up, batch after batch, until none is left).
     *
     * @return how many accounts were stored
     */
    public int storeMissingAccounts(int limit) {
        List<AgreementId> missing = accounts.agreementsWithoutFigures(limit);
        for (AgreementId id : missing) {
            AgreementFile file = load(id);
            AgreementAccount account = file.account();
            commitmentsToMove(file.agreement(), account).forEach(budgetLines::save);
            accounts.save(account.figures());
        }
        return missing.size();
    }

    /** The budget lines whose commitment to the agreement must move to what the account computes (B4), already moved. */
    private List<Versioned<BudgetLine>> commitmentsToMove(Agreement agreement, AgreementAccount account) {
        List<Versioned<BudgetLine>> moved = new ArrayList<>();
        for (LineAccount line : account.lines()) {
            Versioned<BudgetLine> budgetLine = budgetLines.findById(line.budgetLineId())
                    .orElseThrow(() -> new NotFoundException("Ligne budgétaire", line.budgetLineId()));
            if (budgetLine.value().adjustCommitment(agreement.budgetYear(), agreement.id(), line.committed())) {
                moved.add(budgetLine);
            }
        }
        return moved;
    }

    /** The version a save would give (a dry run writes nothing): 0 for a new aggregate, the next one otherwise. */
    private static <T> Versioned<T> asIfSaved(Versioned<T> aggregate) {
        return Versioned.of(aggregate.value(), aggregate.isNew() ? 0 : aggregate.version() + 1);
    }

    private static <T> void saveAll(AgreementFile file, List<Versioned<T>> all, UnaryOperator<Versioned<T>> save) {
        for (Versioned<T> before : file.toSave(all)) {
            file.saved(all, before, save.apply(before));
        }
    }
}
