package fr.conventio.adapters.persistence.volume;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.budgetline.BudgetLinePersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderNumberingAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.BalanceDocuments;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.FundingDecisionKind;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a database with a portfolio of N agreements over five budget years (2019-2023), for volume
 * tests of lists, dashboards and queries: one funder, 8 budget lines with envelopes, N/4 associations,
 * agreements at every stage ({@link Kind}: draft, approved, signed with or without advance, amended,
 * reduced, suspended, settled under or over the forecast with the balance payable, due or paid, an
 * overpayment to claim, claimed or recovered, closed, terminated with or without restitution) with their
 * payments (some cancelled), obligations in every state (pending, received, rejected, accepted, waived,
 * overdue), control files (N1 deadlines, decisions, notices, terminations), recovery orders and, for
 * each agreement, its account ({@link AgreementAccount}) stored as the use cases store it.
 *
 * <p>Speed over ceremony: the aggregates are built with the domain's own methods (its rules apply: the
 * account decides every payment, settlement, claim and termination) and stored in their final state
 * through the real persistence adapters (optimistic locking, audit trail), one transaction per agreement,
 * four at a time; the use-case services are not called (their loads and re-saves would multiply the time
 * by about ten). The account is built from what was written and its figures saved; the budget lines'
 * commitments (B4) are moved to what each account computes, gathered in memory, and each budget line is
 * saved again once at the end.
 *
 * <p>Database: see {@link PortfolioDatabase}.
 * Run (see docs/operations.md; docs/performance.md runs it with plain {@code java} on the test classpath):
 * <pre>./mvnw -q -pl adapters-persistence exec:java -Dportfolio.agreements=5000</pre>
 */
public final class PortfolioGenerator {

    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 5;
    private static final int LINES = 8;
    /** Agreements generated in parallel, each in its own transaction (the machine's cores, the pool's connections). */
    private static final int WORKERS = 4;
    private static final ActionProgramme PROGRAMME = ActionProgramme.of(
            ActionCategory.of("I", "Actions de l'association", "Animation du réseau", "Organisation d'un événement annuel"));
    private static final Amount FORECAST = AgreementFixtures.seedForecastBudget().eligibleExpenses();

    /** Where an agreement of the portfolio ends up, chosen by its index (one agreement in {@code values().length} of each). */
    enum Kind {
        DRAFT, APPROVED,
        /** Signed, part of the advance paid. */
        SIGNED_PART_PAID,
        /** Signed, nothing paid (an N1 deadline when notified after July 2021). */
        SIGNED_UNPAID,
        /** Signed, amended to a 50 % advance, nothing paid. */
        AMENDED,
        /** Signed, advance paid, then the subsidy reduced (A3). */
        REDUCED,
        /** Signed, an advance cancelled (wrong bank account) and paid again. */
        CANCELLED_AND_PAID,
        /** Advance paid, then payments suspended (A3). */
        SUSPENDED,
        /** Settled under the forecast (A1), the balance documents accepted: the balance is payable. */
        SETTLED_BALANCE_PAYABLE,
        /** Settled under the forecast, a balance document still missing: the balance is due, not payable. */
        SETTLED_BALANCE_DUE,
        /** Settled over the forecast (the subsidy is not raised), the balance paid, everything accepted: closable. */
        BALANCE_PAID,
        /** As BALANCE_PAID, then closed by a manager (D2). */
        CLOSED,
        /** Settled far under the forecast: the advance exceeds the final subsidy, the overpayment not claimed yet. */
        OVERPAID,
        /** Overpaid, the recovery order issued and partly recovered. */
        OVERPAYMENT_CLAIMED,
        /** Overpaid, the recovery order recovered in full. */
        OVERPAYMENT_RECOVERED,
        /** Terminated after a formal notice, pro rata temporis (T3): the order to collect. */
        TERMINATED_PRO_RATA,
        /** Terminated on the association's dissolution (T2), nothing to give back. */
        TERMINATED_DISSOLUTION,
        /** Terminated after a formal notice, everything to give back, the order recovered. */
        TERMINATED_FULL_RECOVERED;

        static Kind of(int index) {
            return values()[index % values().length];
        }
    }

    private final FunderPersistenceAdapter funders;
    private final AssociationPersistenceAdapter associations;
    private final BudgetLinePersistenceAdapter budgetLines;
    private final AgreementPersistenceAdapter agreements;
    private final PaymentPersistenceAdapter payments;
    private final ObligationPersistenceAdapter obligations;
    private final RecoveryOrderPersistenceAdapter recoveryOrders;
    private final RecoveryOrderNumberingAdapter numbering;
    private final AgreementControlPersistenceAdapter controls;
    private final AgreementAccountPersistenceAdapter accounts;
    private final TransactionTemplate transaction;

    /** On the persistence adapters of a Spring context (the generator's own, or an IT's). */
    public PortfolioGenerator(ListableBeanFactory context) {
        funders = context.getBean(FunderPersistenceAdapter.class);
        associations = context.getBean(AssociationPersistenceAdapter.class);
        budgetLines = context.getBean(BudgetLinePersistenceAdapter.class);
        agreements = context.getBean(AgreementPersistenceAdapter.class);
        payments = context.getBean(PaymentPersistenceAdapter.class);
        obligations = context.getBean(ObligationPersistenceAdapter.class);
        recoveryOrders = context.getBean(RecoveryOrderPersistenceAdapter.class);
        numbering = context.getBean(RecoveryOrderNumberingAdapter.class);
        controls = context.getBean(AgreementControlPersistenceAdapter.class);
        accounts = context.getBean(AgreementAccountPersistenceAdapter.class);
        transaction = context.getBean(TransactionTemplate.class);
    }

    /**
     * The persistence adapter's beans, without the test application's own database. Not a
     * {@code @Configuration}, so that the ITs' component scan does not pick it up.
     */
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = PersistenceTestApplication.class, excludeFilters = {
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {PersistenceTestApplication.class, TestDatabase.class}),
            // test helpers of the contract tests (they need the ITs' database)
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fr\\.conventio\\.adapters\\.persistence\\.(contract|volume)\\..*")})
    static class GeneratorApplication {

        @Bean
        CurrentUserPort currentUser() {
            return new FixedCurrentUser("generateur.volume");
        }
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("portfolio.agreements", "5000"));
        try (PortfolioDatabase database = PortfolioDatabase.open()) {
            long started = System.nanoTime();
            new PortfolioGenerator(database.context()).generate(count);
            System.out.printf("%d agreements generated in %s%n", count, Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        }
    }

    /** Generates {@code count} agreements (and their parties); returns the prefix of their references ("V12345-"). */
    public String generate(int count) {
        long run = System.currentTimeMillis() % 100_000;
        FunderId funderId = funders.findTheFunder().map(f -> f.value().id()).orElseGet(() ->
                funders.save(Versioned.newAggregate(Funder.create(FunderId.newId(), "Métropole de démonstration",
                        AgreementFixtures.seedFunder().kind(), AgreementFixtures.seedFunder().siret(),
                        PostalAddress.of("1 place de la République", "13001", "Marseille"), List.of()))).value().id());
        List<BudgetLine> lines = new ArrayList<>();
        for (int l = 1; l <= LINES; l++) {
            BudgetLine line = BudgetLine.create(BudgetLineId.newId(), funderId, "V" + run + "-" + l, "Ligne de volume " + l);
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                line.setEnvelope(BudgetYear.of(y), Amount.of(200_000_000));
                line.markBudgetAdopted(BudgetYear.of(y));
            }
            lines.add(line);
        }
        List<Versioned<BudgetLine>> storedLines = new ArrayList<>();
        transaction.executeWithoutResult(tx -> lines.forEach(line -> storedLines.add(budgetLines.save(Versioned.newAggregate(line)))));
        List<AssociationId> associationIds = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            for (int a = 0; a < Math.max(1, count / 4); a++) {
                Association association = Association.create(AssociationId.newId(), "Association " + run + " n° " + (a + 1),
                        PostalAddress.of((a + 1) + " rue des Associations", "13" + String.format("%03d", a % 1000), "Marseille"),
                        Representative.of(null, "Présidente " + (a + 1), "Présidente"), null, null,
                        new FiscalYear(MonthDay.of(1, 1)), Amount.of(50_000 + 997L * a % 2_000_000));
                associationIds.add(associations.save(Versioned.newAggregate(association)).value().id());
            }
        });
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                tasks.add(workers.submit(() -> {
                    transaction.executeWithoutResult(tx -> agreement(index, run, funderId, lines, associationIds));
                    if (done.incrementAndGet() % 500 == 0) {
                        System.out.printf("  %d / %d%n", done.get(), count);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("génération interrompue", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("génération : échec", e.getCause());
        }
        transaction.executeWithoutResult(tx -> storedLines.forEach(budgetLines::save));
        return "V" + run + "-";
    }

    /** One agreement of the kind its index chooses, written with everything recorded about it and its account. */
    private void agreement(int i, long run, FunderId funderId, List<BudgetLine> lines, List<AssociationId> associationIds) {
        Kind kind = Kind.of(i);
        int year = FIRST_YEAR + i % YEARS;
        BudgetYear budgetYear = BudgetYear.of(year);
        Random random = new Random(i);
        BudgetLine first = lines.get(i % LINES);
        BudgetLine second = lines.get((i + 3) % LINES);
        // shares with cents, so that no figure is a round number
        Amount firstShare = Amount.ofCents(100L * (5_000 + random.nextInt(60_000)) + random.nextInt(100));
        Amount secondShare = Amount.ofCents(100L * (1_000 + random.nextInt(20_000)) + random.nextInt(100));
        Subsidy subsidy = Subsidy.of(firstShare.plus(secondShare),
                SubsidyAllocation.of(first.id(), first.label(), firstShare), SubsidyAllocation.of(second.id(), second.label(), secondShare));
        Agreement agreement = Agreement.create(AgreementId.newId(), AgreementReference.of("V%d-%d-%05d".formatted(run, year, i)),
                funderId, associationIds.get(i % associationIds.size()), AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), budgetYear, new AgreementObject("Programme d'actions " + (i + 1) + " de l'année " + year),
                PROGRAMME, AgreementFixtures.seedForecastBudget(), subsidy, PaymentTerms.standard(), "instructeur");
        GeneratedFile file = new GeneratedFile(agreement);
        if (kind != Kind.DRAFT) {
            agreement.approve(new Deliberation("DEL-" + year + "-" + i, "Bureau de la Métropole", LocalDate.of(year - 1, 12, 1 + i % 20)));
        }
        if (kind != Kind.DRAFT && kind != Kind.APPROVED) {
            LocalDate signedOn = LocalDate.of(year, 1, 15).plusDays(i % 40);
            agreement.sign(signedOn);
            run(kind, i, "M-" + run + "-" + i + "-", file, signedOn, funderId);
        }
        save(file, lines);
    }

    /** What happens to a signed agreement of {@code kind}, through its account. */
    private void run(Kind kind, int i, String orders, GeneratedFile file, LocalDate signedOn, FunderId funderId) {
        Agreement agreement = file.agreement;
        int year = agreement.budgetYear().value();
        boolean allAccepted = kind == Kind.BALANCE_PAID || kind == Kind.CLOSED || kind == Kind.OVERPAYMENT_RECOVERED;
        boolean balanceDocuments = allAccepted || kind == Kind.SETTLED_BALANCE_PAYABLE || kind == Kind.OVERPAID
                || kind == Kind.OVERPAYMENT_CLAIMED;
        file.obligations.addAll(obligationsOf(i, agreement.id(), year, signedOn, allAccepted, balanceDocuments));
        LocalDate advanceDay = signedOn.plusDays(20);
        LocalDate settledOn = LocalDate.of(year + 1, 7, 15);
        switch (kind) {
            case SIGNED_PART_PAID -> file.pay(PaymentRequest.advance(agreement.subsidy().split().getFirst().amount().percent(Rate.ofPercent(50)),
                    agreement.subsidy().split().getFirst().budgetLineId(), advanceDay, orders + "1"));
            case SIGNED_UNPAID -> file.control = PaymentDeadline.forAward(signedOn, false, false)
                    .map(file.control::withPaymentDeadline).orElse(file.control);
            case AMENDED -> agreement.amend(AmendmentRequest.of(signedOn.plusMonths(3), "Avenant n° 1 : taux d'acompte")
                    .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(50))));
            case REDUCED -> {
                file.payAdvance(advanceDay, orders + "1");
                Amount reduction = Amount.ofCents(agreement.subsidy().votedAmount().cents() / 10);
                file.control = file.control.withDecision(file.account().decide(FundingDecisionKind.REDUCE_SUBSIDY,
                        FundingDecisionCause.NON_EXECUTION, "Actions non réalisées", reduction, signedOn.plusMonths(4), "directrice"));
            }
            case CANCELLED_AND_PAID -> {
                Payment wrong = file.payAdvance(advanceDay, orders + "1");
                wrong.cancel("RIB erroné", "comptable.volume", advanceDay.plusDays(4));
                file.payAdvance(advanceDay.plusDays(6), orders + "2");
            }
            case SUSPENDED -> {
                file.payAdvance(advanceDay, orders + "1");
                LocalDate suspendedOn = signedOn.plusMonths(5);
                file.control = file.control.withDecision(file.account().decide(FundingDecisionKind.SUSPEND_PAYMENTS,
                        FundingDecisionCause.SIGNIFICANT_DELAY, "Rapport d'étape non transmis", null, suspendedOn, "directrice"));
                agreement.suspend("Retard significatif", suspendedOn);
            }
            case SETTLED_BALANCE_PAYABLE, SETTLED_BALANCE_DUE -> {
                file.payAdvance(advanceDay, orders + "1");
                file.settle(ofForecast("0.8" + i % 10 + "5"), settledOn);
            }
            case BALANCE_PAID, CLOSED -> {
                file.payAdvance(advanceDay, orders + "1");
                file.settle(ofForecast("1.2"), settledOn);
                file.payBalance(settledOn.plusDays(10), orders + "2");
                if (kind == Kind.CLOSED) {
                    file.account().requireClosable();
                    agreement.close(settledOn.plusDays(30));
                }
            }
            case OVERPAID, OVERPAYMENT_CLAIMED, OVERPAYMENT_RECOVERED -> {
                file.payAdvance(advanceDay, orders + "1");
                file.settle(ofForecast("0.6" + i % 10), settledOn);
                if (kind != Kind.OVERPAID) {
                    RecoveryOrder order = file.claim(RecoveryGround.OVERPAYMENT, funderId, settledOn.plusDays(5));
                    Amount part = kind == Kind.OVERPAYMENT_RECOVERED ? order.amount() : Amount.ofCents(order.amount().cents() / 3);
                    order.recordReceipt(part, settledOn.plusMonths(2));
                }
            }
            case TERMINATED_PRO_RATA, TERMINATED_FULL_RECOVERED -> {
                file.payAdvance(advanceDay, orders + "1");
                FormalNotice notice = FormalNotice.send(signedOn.plusMonths(4), "1A " + i, "Actions non engagées", Party.FUNDER);
                file.control = file.control.withNotice(notice);
                LocalDate effective = signedOn.plusMonths(6);
                RestitutionMode mode = kind == Kind.TERMINATED_FULL_RECOVERED ? RestitutionMode.FULL : RestitutionMode.PRO_RATA_TEMPORIS;
                file.terminate(TerminationGround.BREACH_AFTER_NOTICE, effective, notice, mode);
                RecoveryOrder order = file.claim(RecoveryGround.TERMINATION_RESTITUTION, funderId, effective);
                if (kind == Kind.TERMINATED_FULL_RECOVERED) {
                    order.recordReceipt(order.amount(), effective.plusMonths(1));
                }
            }
            case TERMINATED_DISSOLUTION -> {
                file.payAdvance(advanceDay, orders + "1");
                file.terminate(TerminationGround.DISSOLUTION, signedOn.plusMonths(7), null, RestitutionMode.NONE);
            }
            default -> throw new IllegalStateException("signed kind without a story: " + kind);
        }
    }

    /** The real expenses of a settlement: the forecast times {@code ratio}, to the cent (test data, not a rule). */
    private static Amount ofForecast(String ratio) {
        return new Amount(FORECAST.value().multiply(new BigDecimal(ratio)).setScale(2, RoundingMode.HALF_UP));
    }

    /** Writes the file, its account's figures, and moves the budget lines' commitments to what the account computes (B4). */
    private void save(GeneratedFile file, List<BudgetLine> lines) {
        Agreement agreement = file.agreement;
        AgreementAccount account = file.account();
        synchronized (lines) {
            for (LineAccount line : account.lines()) {
                BudgetLine budgetLine = lines.stream().filter(l -> l.id().equals(line.budgetLineId())).findFirst().orElseThrow();
                budgetLine.adjustCommitment(agreement.budgetYear(), agreement.id(), line.committed());
            }
        }
        agreements.save(Versioned.newAggregate(agreement));
        file.payments.forEach(payment -> payments.save(Versioned.newAggregate(payment)));
        obligations.saveAll(file.obligations.stream().map(Versioned::newAggregate).toList());
        if (!file.control.equals(AgreementControl.empty(agreement.id()))) {
            controls.save(Versioned.newAggregate(file.control));
        }
        file.orders.forEach(order -> recoveryOrders.save(Versioned.newAggregate(order)));
        accounts.save(account.figures());
    }

    /** An agreement's file while it is generated: what is recorded about it, and its account as it stands. */
    private final class GeneratedFile {

        final Agreement agreement;
        final List<Payment> payments = new ArrayList<>();
        final List<RecoveryOrder> orders = new ArrayList<>();
        final List<Obligation> obligations = new ArrayList<>();
        AgreementControl control;

        GeneratedFile(Agreement agreement) {
            this.agreement = agreement;
            this.control = AgreementControl.empty(agreement.id());
        }

        AgreementAccount account() {
            return AgreementAccount.of(agreement, payments, orders, control, obligations);
        }

        Payment pay(PaymentRequest request) {
            Payment payment = account().pay(PaymentId.newId(), request);
            payments.add(payment);
            return payment;
        }

        /** The whole advance available, on the charges the account proposes. */
        Payment payAdvance(LocalDate valueDate, String order) {
            return pay(new PaymentRequest(PaymentKind.ADVANCE, account().proposedCharges(PaymentKind.ADVANCE), valueDate,
                    PaymentOrderReference.of(order)));
        }

        Payment payBalance(LocalDate valueDate, String order) {
            return pay(new PaymentRequest(PaymentKind.BALANCE, account().proposedCharges(PaymentKind.BALANCE), valueDate,
                    PaymentOrderReference.of(order)));
        }

        void settle(Amount realExpenses, LocalDate on) {
            agreement.markSettled(account().settle(realExpenses), on, "responsable");
        }

        void terminate(TerminationGround ground, LocalDate effective, FormalNotice notice, RestitutionMode mode) {
            TerminationOutcome outcome = TerminationPolicy.decide(account().terminationRequest(ground, Party.FUNDER, effective, notice, mode));
            agreement.terminate(effective, ground.label());
            control = control.withTerminationOutcome(outcome);
        }

        /** The recovery order of what is owed on {@code ground} (A2), numbered by the numbering adapter. */
        RecoveryOrder claim(RecoveryGround ground, FunderId funderId, LocalDate issuedOn) {
            RecoveryClaim claim = account().claim(ground);
            RecoveryOrder order = RecoveryOrder.issue(RecoveryOrderId.newId(), funderId, agreement.id(),
                    numbering.nextNumber(funderId, issuedOn.getYear()), claim, claim.amountDue(), issuedOn);
            orders.add(order);
            return order;
        }
    }

    /**
     * Eight obligations (O1, O2, O3, O6, O9, the three O10) in a state chosen by the index; all accepted when
     * {@code allAccepted}, the three balance documents (O10) accepted when {@code balanceDocuments}.
     */
    private static List<Obligation> obligationsOf(int i, AgreementId id, int year, LocalDate signedOn, boolean allAccepted,
                                                  boolean balanceDocuments) {
        LocalDate accountsDue = LocalDate.of(year + 1, 6, 30);
        Map<ObligationType, LocalDate> plan = new LinkedHashMap<>();
        plan.put(ObligationType.INSURANCE_CERTIFICATE, signedOn);
        plan.put(ObligationType.FINANCIAL_REPORT, accountsDue);
        plan.put(ObligationType.ANNUAL_ACCOUNTS, accountsDue);
        plan.put(ObligationType.ACTIVITY_REPORT, accountsDue);
        plan.put(ObligationType.EVALUATION_MEETING, LocalDate.of(year + 1, 2, 28));
        plan.put(ObligationType.FINAL_INCOME_STATEMENT, accountsDue);
        plan.put(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, accountsDue);
        plan.put(ObligationType.CERTIFIED_LAST_ACCOUNTS, accountsDue);
        List<Obligation> obligations = new ArrayList<>();
        int k = 0;
        for (Map.Entry<ObligationType, LocalDate> entry : plan.entrySet()) {
            Obligation obligation = Obligation.create(ObligationId.newId(), id, entry.getKey(), entry.getValue());
            boolean accepted = allAccepted || balanceDocuments && BalanceDocuments.TYPES.contains(entry.getKey());
            int mode = accepted ? 1 : (i + k) % 5;
            k++;
            LocalDate on = entry.getValue().minusDays(10).isBefore(signedOn) ? signedOn : entry.getValue().minusDays(10);
            EvidenceRef evidence = new EvidenceRef("volume-" + i + "-" + k, entry.getKey().name().toLowerCase() + ".pdf");
            switch (mode) {
                case 1 -> {
                    obligation.receive(evidence, on, "instructeur.volume");
                    obligation.accept("cheffe.volume", on.plusDays(3));
                }
                case 2 -> obligation.receive(evidence, on, "instructeur.volume");
                case 3 -> {
                    obligation.receive(evidence, on, "instructeur.volume");
                    obligation.reject("Pièce incomplète", "cheffe.volume", on.plusDays(5));
                }
                case 4 -> obligation.waive("Sans objet pour cette association", "directrice.volume", on);
                default -> {
                    // pending: overdue once its due date has passed
                }
            }
            obligations.add(obligation);
        }
        return obligations;
    }
}
