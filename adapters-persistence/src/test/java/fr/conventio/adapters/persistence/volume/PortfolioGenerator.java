package fr.conventio.adapters.persistence.volume;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
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
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Versioned;
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
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentContext;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.payment.PaymentId;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.FundingDecision;
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
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;
import fr.conventio.domain.termination.TerminationOutcome;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * agreements in every status (draft, approved, signed, amended, suspended, settled, closed, terminated)
 * with their payments, obligations in every state (pending, received, rejected, accepted, waived,
 * overdue), control files (N1 deadlines, suspensions, terminations) and recovery orders.
 *
 * <p>Speed over ceremony: the aggregates are built with the domain's own methods (its rules apply:
 * payment policy, obligations, termination...) and stored in their final state through the real
 * persistence adapters (optimistic locking, audit trail), one transaction per agreement, four at a time; the use-case
 * services are not called (their loads and re-saves would multiply the time by about ten). Budget
 * commitments (B4) are gathered in memory and each budget line is saved again once at the end.
 *
 * <p>Database: {@code SPRING_DATASOURCE_URL}/{@code _USERNAME}/{@code _PASSWORD} when set; otherwise
 * an embedded PostgreSQL whose data stays in {@code target/portfolio-db} (port printed at start).
 * Run (see docs/operations.md):
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

    private final FunderPersistenceAdapter funders;
    private final AssociationPersistenceAdapter associations;
    private final BudgetLinePersistenceAdapter budgetLines;
    private final AgreementPersistenceAdapter agreements;
    private final PaymentPersistenceAdapter payments;
    private final ObligationPersistenceAdapter obligations;
    private final RecoveryOrderPersistenceAdapter recoveryOrders;
    private final RecoveryOrderNumberingAdapter numbering;
    private final AgreementControlPersistenceAdapter controls;
    private final TransactionTemplate transaction;

    PortfolioGenerator(ConfigurableApplicationContext context) {
        funders = context.getBean(FunderPersistenceAdapter.class);
        associations = context.getBean(AssociationPersistenceAdapter.class);
        budgetLines = context.getBean(BudgetLinePersistenceAdapter.class);
        agreements = context.getBean(AgreementPersistenceAdapter.class);
        payments = context.getBean(PaymentPersistenceAdapter.class);
        obligations = context.getBean(ObligationPersistenceAdapter.class);
        recoveryOrders = context.getBean(RecoveryOrderPersistenceAdapter.class);
        numbering = context.getBean(RecoveryOrderNumberingAdapter.class);
        controls = context.getBean(AgreementControlPersistenceAdapter.class);
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
        EmbeddedPostgres embedded = null;
        if (System.getenv("SPRING_DATASOURCE_URL") == null && System.getProperty("spring.datasource.url") == null) {
            Path data = Path.of(System.getProperty("portfolio.data-directory", "target/portfolio-db"));
            Files.createDirectories(data);
            Files.deleteIfExists(data.resolve("postmaster.pid"));
            embedded = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC").start();
            System.setProperty("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", embedded.getPort(), data.toAbsolutePath());
        }
        SpringApplication application = new SpringApplication(GeneratorApplication.class);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
                "conventio.documents.directory", "target/portfolio-documents"));
        try (ConfigurableApplicationContext context = application.run()) {
            long started = System.nanoTime();
            new PortfolioGenerator(context).generate(count);
            System.out.printf("%d agreements generated in %s%n", count, Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    void generate(int count) {
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
    }

    /** One agreement, its status chosen by its index: every tenth of the portfolio in each state. */
    private void agreement(int i, long run, FunderId funderId, List<BudgetLine> lines, List<AssociationId> associationIds) {
        int year = FIRST_YEAR + i % YEARS;
        BudgetYear budgetYear = BudgetYear.of(year);
        Random random = new Random(i);
        BudgetLine first = lines.get(i % LINES);
        BudgetLine second = lines.get((i + 3) % LINES);
        Amount firstShare = Amount.of(1_000 * (5 + random.nextInt(60)));
        Amount secondShare = Amount.of(1_000 * (1 + random.nextInt(20)));
        Subsidy subsidy = Subsidy.of(firstShare.plus(secondShare),
                SubsidyAllocation.of(first.id(), first.label(), firstShare), SubsidyAllocation.of(second.id(), second.label(), secondShare));
        Agreement agreement = Agreement.create(AgreementId.newId(), AgreementReference.of("V%d-%d-%05d".formatted(run, year, i)),
                funderId, associationIds.get(i % associationIds.size()), AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), budgetYear, new AgreementObject("Programme d'actions " + (i + 1) + " de l'année " + year),
                PROGRAMME, AgreementFixtures.seedForecastBudget(), subsidy, PaymentTerms.standard());
        int state = i % 10;
        if (state == 0) {
            agreements.save(Versioned.newAggregate(agreement));
            return;
        }
        agreement.approve(new fr.conventio.domain.party.Deliberation("DEL-" + year + "-" + i, "Bureau de la Métropole",
                LocalDate.of(year - 1, 12, 1 + i % 20)));
        if (state == 1) {
            agreements.save(Versioned.newAggregate(agreement));
            return;
        }
        LocalDate signedOn = LocalDate.of(year, 1, 15).plusDays(i % 40);
        agreement.sign(signedOn);
        synchronized (lines) {
            first.commit(budgetYear, agreement.id(), firstShare);
            second.commit(budgetYear, agreement.id(), secondShare);
        }
        AgreementId id = agreement.id();
        List<Obligation> duties = obligationsOf(i, id, year, signedOn);
        List<Payment> paid = new ArrayList<>();
        AgreementControl control = AgreementControl.empty(id);
        PaymentContext context = context(agreement, List.of(), false);
        Payment advance = Payment.create(PaymentId.newId(), context, PaymentRequest.advance(firstShare.percent(Rate.ofPercent(80)),
                first.id(), signedOn.plusDays(20), "M-" + run + "-" + i + "-1"));
        switch (state) {
            case 2, 3 -> {     // signed; advance paid for one in two
                if (i % 20 < 10) {
                    paid.add(advance);
                } else {
                    control = PaymentDeadline.forAward(signedOn, false, false).map(AgreementControl.empty(id)::withPaymentDeadline)
                            .orElse(control);
                }
            }
            case 4 -> agreement.amend(AmendmentRequest.of(signedOn.plusMonths(3), "Avenant n° 1 : taux d'acompte")
                    .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(50))));
            case 5 -> {        // advance paid, then payments suspended (A3)
                paid.add(advance);
                agreement.suspend("Retard significatif", signedOn.plusMonths(5));
                control = control.withDecision(new FundingDecision(id, FundingDecisionKind.SUSPEND_PAYMENTS, FundingDecisionCause.SIGNIFICANT_DELAY,
                        "Rapport d'étape non transmis", null, subsidy.votedAmount(), advance.amount(), signedOn.plusMonths(5), "directrice"));
            }
            case 6, 7 -> {     // settled at the voted subsidy; closed once the balance is paid
                paid.add(advance);
                LocalDate settledOn = LocalDate.of(year + 1, 7, 15);
                agreement.markSettled(subsidy.votedAmount(), settledOn);
                if (state == 7) {
                    Payment balance = Payment.create(PaymentId.newId(), context(agreement, List.of(advance), true), new PaymentRequest(
                            PaymentKind.BALANCE, List.of(new LineCharge(first.id(), firstShare.minus(advance.amount())),
                            new LineCharge(second.id(), secondShare)), settledOn.plusDays(10), PaymentOrderReference.of("M-" + run + "-" + i + "-2")));
                    paid.add(balance);
                    agreement.close(settledOn.plusDays(10));
                }
            }
            default -> {       // 8, 9: terminated (dissolution), the advance to give back
                paid.add(advance);
                LocalDate terminatedOn = signedOn.plusMonths(6);
                agreement.terminate(terminatedOn, TerminationGround.DISSOLUTION.label());
                control = control.withTerminationOutcome(new TerminationOutcome(terminatedOn, TerminationGround.DISSOLUTION, Party.FUNDER,
                        RestitutionMode.FULL, Amount.ZERO, advance.amount()));
                RecoveryOrder order = RecoveryOrder.issue(RecoveryOrderId.newId(), funderId, id, numbering.nextNumber(funderId, terminatedOn.getYear()),
                        new RecoveryClaim(RecoveryGround.TERMINATION_RESTITUTION, advance.amount()), advance.amount(), terminatedOn);
                if (state == 9) {
                    order.recordReceipt(advance.amount(), terminatedOn.plusMonths(1));
                }
                agreements.save(Versioned.newAggregate(agreement));
                recoveryOrders.save(Versioned.newAggregate(order));
            }
        }
        if (state < 8) {
            agreements.save(Versioned.newAggregate(agreement));
        }
        paid.forEach(payment -> payments.save(Versioned.newAggregate(payment)));
        obligations.saveAll(duties.stream().map(Versioned::newAggregate).toList());
        if (!control.equals(AgreementControl.empty(id))) {
            controls.save(Versioned.newAggregate(control));
        }
    }

    /** Eight obligations (O1, O2, O3, O6, O9, the three O10) in a state chosen by the index; all accepted when closed. */
    private static List<Obligation> obligationsOf(int i, AgreementId id, int year, LocalDate signedOn) {
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
            int mode = i % 10 >= 6 && i % 10 <= 7 ? 1 : (i + k++) % 5;
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

    private static PaymentContext context(Agreement agreement, List<Payment> payments, boolean documentsAccepted) {
        Map<BudgetLineId, Amount> shares = new LinkedHashMap<>();
        agreement.subsidy().split().forEach(a -> shares.put(a.budgetLineId(), a.amount()));
        return new PaymentContext(agreement.id(), agreement.status(), agreement.signatureDate().orElse(null), agreement.subsidy().votedAmount(),
                agreement.adjustedSubsidy(), agreement.paymentTerms().advanceRate(), shares, payments, documentsAccepted, false);
    }
}
