package fr.conventio.application.agreementfile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordEvaluationMeetingCommand;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.control.RecordRepublicanCommitmentBreachCommand;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.EditDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.AmendAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.CloseAgreementCommand;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.obligation.AcceptEvidenceCommand;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.obligation.RejectEvidenceCommand;
import fr.conventio.application.obligation.WaiveObligationCommand;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.RecordRecoveryReceiptCommand;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.MeetingKind;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * No use case forgets to store the account: on random sequences of use cases over up to three agreements
 * of the in-memory application (drafts and their edits, approval, signature, amendments, advances and
 * balances, cancellations, settlements under and over the forecast, funding decisions, republican breaches,
 * recovery orders and their receipts, obligations received, accepted, rejected or waived, formal notices,
 * meetings, terminations and closings), after EVERY use case, accepted or refused, the figures stored for
 * each agreement are {@code AgreementAccount.of(<its aggregates in the fakes>).figures()}, and every budget
 * line's commitment to the agreement is the account's {@link LineAccount#committed()} (B4), zero for a line
 * the account does not draw on. A refused use case writes nothing. Seeded: a failure names its seed and
 * step, and replays.
 */
class StoredAccountFollowsEveryUseCaseTest {

    static final int SEQUENCES = 300;
    static final Map<Step, AtomicInteger> ACCEPTED = new ConcurrentHashMap<>();

    /** The use cases the sequences draw from. */
    enum Step {
        CREATE, EDIT_DRAFT, APPROVE, SIGN, AMEND, DELEGATE, ADVANCE, BALANCE, CANCEL_PAYMENT, SETTLE, FUNDING_DECISION,
        REPUBLICAN_BREACH, ISSUE_ORDER, RECEIPT, RECEIVE, ACCEPT, REJECT, WAIVE, NOTICE, MEETING, TERMINATE, CLOSE
    }

    static LongStream seeds() {
        return LongStream.range(0, SEQUENCES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void b4_after_every_use_case_the_stored_figures_and_the_lines_commitments_are_the_accounts(long seed) {
        new Sequence(seed).run();
    }

    @AfterAll
    static void every_use_case_was_accepted_many_times() {
        for (Step step : Step.values()) {
            assertThat(ACCEPTED.getOrDefault(step, new AtomicInteger()).get()).as("%s accepted over all sequences", step)
                    .isGreaterThanOrEqualTo(20);
        }
    }

    /** One seeded sequence of use cases on a fresh application. */
    private static final class Sequence {

        private final long seed;
        private final Random random;
        private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        private final SeedSteps parties = new SeedSteps(app);
        private final Map<AgreementId, AgreementTerms> terms = new LinkedHashMap<>();
        private final List<AgreementId> agreements = new ArrayList<>();
        private AssociationId committedAssociation;
        private LocalDate day = AgreementFixtures.SIGNATURE_DATE;
        private int orderNumber;
        private int stepNumber;

        Sequence(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        void run() {
            parties.setUpParties();
            committedAssociation = app.registerAssociation.register(new RegisterAssociationCommand(new AssociationData(
                    "Les Amis du Vieux Port", PostalAddress.of("93 La Canebière", "13001", "Marseille"),
                    Representative.of(null, "Camille DURAND", "Présidente"), null, null, FiscalYear.CALENDAR, Amount.of("250000.00"),
                    LocalDate.of(2019, 11, 4)))).id();
            create();
            int steps = 20 + random.nextInt(40);
            for (stepNumber = 0; stepNumber < steps; stepNumber++) {
                day = day.plusDays(random.nextInt(9));
                AgreementId id = agreements.get(random.nextInt(agreements.size()));
                Step step = random.nextInt(8) == 0 ? pick(Step.values()) : likely(id);
                attempt(step, () -> play(step, id));
            }
        }

        /**
         * The steps that make sense in the agreement's state (any step may still be refused); once settled or
         * terminated, mostly what the account says is left to do, so that files get paid, recovered and closed.
         */
        private Step likely(AgreementId id) {
            AgreementStatus status = status(id);
            if ((status == AgreementStatus.SETTLED || status == AgreementStatus.TERMINATED) && random.nextInt(3) > 0) {
                AgreementAccount account = accountInTheFakes(id);
                if (!account.balancePayable().isZero()) {
                    return Step.BALANCE;
                } else if (!account.totalOutstanding().isZero()) {
                    return Step.ISSUE_ORDER;
                } else if (!account.toRecover().isZero()) {
                    return Step.RECEIPT;
                } else if (account.openObligationCount() > 0) {
                    return pick(Step.WAIVE, Step.RECEIVE, Step.ACCEPT);
                } else if (status == AgreementStatus.SETTLED) {
                    return Step.CLOSE;
                }
            }
            return switch (status) {
                case DRAFT -> pick(Step.CREATE, Step.EDIT_DRAFT, Step.APPROVE);
                case APPROVED -> pick(Step.SIGN, Step.DELEGATE);
                case SIGNED, SUSPENDED -> pick(Step.ADVANCE, Step.ADVANCE, Step.ADVANCE, Step.BALANCE, Step.CANCEL_PAYMENT, Step.AMEND, Step.SETTLE,
                        Step.FUNDING_DECISION, Step.REPUBLICAN_BREACH, Step.RECEIVE, Step.RECEIVE, Step.ACCEPT, Step.REJECT, Step.WAIVE,
                        Step.NOTICE, Step.MEETING,
                        Step.TERMINATE, Step.DELEGATE);
                case SETTLED -> pick(Step.BALANCE, Step.BALANCE, Step.ISSUE_ORDER, Step.ISSUE_ORDER, Step.RECEIPT, Step.RECEIVE, Step.RECEIVE,
                        Step.ACCEPT, Step.REJECT, Step.WAIVE, Step.WAIVE, Step.WAIVE, Step.FUNDING_DECISION, Step.CLOSE, Step.CLOSE,
                        Step.TERMINATE);
                case CLOSED -> pick(Step.MEETING, Step.CREATE);
                case TERMINATED -> pick(Step.ISSUE_ORDER, Step.RECEIPT, Step.RECEIPT, Step.WAIVE, Step.CREATE);
            };
        }

        /** Runs one use case (or the few a user step takes), then checks the stored figures; a refusal must write nothing. */
        private void attempt(Step step, Runnable useCase) {
            Map<String, Object> before = storedRecords();
            try {
                useCase.run();
                ACCEPTED.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
            } catch (DomainException | NotFoundException | ConcurrentUpdateException refused) {
                assertThat(storedRecords()).as("seed %d step %d %s: a refused use case writes nothing (%s)", seed, stepNumber, step,
                        refused.getMessage()).isEqualTo(before);
            }
            storedAccountsAreTheAccounts(step);
        }

        /** What the fakes store, the recovery-order counters aside (a number taken by a refused use case is lost, as in the database). */
        private Map<String, Object> storedRecords() {
            Map<String, Object> records = app.snapshot();
            records.remove("numérotation");
            return records;
        }

        private void storedAccountsAreTheAccounts(Step step) {
            assertThat(app.accounts.findAll()).extracting(AccountFigures::agreementId).as("seed %d step %d %s: one figure per agreement",
                    seed, stepNumber, step).containsExactlyInAnyOrderElementsOf(agreements);
            List<Versioned<BudgetLine>> lines = app.budgetLines.findByFunder(app.funders.findTheFunder().orElseThrow().value().id());
            for (AgreementId id : agreements) {
                AgreementAccount account = accountInTheFakes(id);
                String reference = agreement(id).reference().value();
                assertThat(app.accounts.findByAgreement(id)).as("seed %d step %d %s: stored figures of %s", seed, stepNumber, step, reference)
                        .contains(account.figures());
                for (Versioned<BudgetLine> line : lines) {
                    Amount expected = account.line(line.value().id()).map(LineAccount::committed).orElse(Amount.ZERO);
                    assertThat(line.value().committedFor(account.budgetYear(), id).orElse(Amount.ZERO))
                            .as("seed %d step %d %s: B4 commitment of line %s to %s", seed, stepNumber, step, line.value().code(), reference)
                            .isEqualTo(expected);
                }
            }
        }

        private AgreementAccount accountInTheFakes(AgreementId id) {
            return AgreementAccount.of(agreement(id), payments(id), orders(id),
                    app.controls.findByAgreement(id).map(Versioned::value).orElseGet(() -> AgreementControl.empty(id)),
                    obligations(id).stream().map(Versioned::value).toList());
        }

        // ------------------------------------------------------------------ the use cases

        private void play(Step step, AgreementId id) {
            switch (step) {
                case CREATE -> create();
                case EDIT_DRAFT -> editDraft(id);
                case APPROVE -> app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(id, version(id), AgreementFixtures.seedDeliberation())));
                case SIGN -> app.signAgreement.sign(new SignAgreementCommand(id, version(id), day));
                case AMEND -> amend(id);
                case DELEGATE -> app.recordThirdPartyDelegation.record(new RecordThirdPartyDelegationCommand(id, version(id),
                        "Organisation du salon confiée à l'agence X", day));
                case ADVANCE -> pay(id, PaymentKind.ADVANCE);
                case BALANCE -> pay(id, PaymentKind.BALANCE);
                case CANCEL_PAYMENT -> cancelPayment(id);
                case SETTLE -> settle(id);
                case FUNDING_DECISION -> decide(id);
                case REPUBLICAN_BREACH -> app.recordRepublicanCommitmentBreach.record(new RecordRepublicanCommitmentBreachCommand(id,
                        version(id), LocalDate.of(2019, 10, 1), LocalDate.of(2020, 1 + random.nextInt(12), 1 + random.nextInt(28))));
                case ISSUE_ORDER -> issueOrder(id);
                case RECEIPT -> receipt(id);
                case RECEIVE -> receive(openObligation(id));
                case ACCEPT -> {
                    Versioned<Obligation> received = receivedObligation(id);
                    app.acceptEvidence.accept(new AcceptEvidenceCommand(received.value().id(), received.version(), day));
                }
                case REJECT -> {
                    Versioned<Obligation> received = receivedObligation(id);
                    app.rejectEvidence.reject(new RejectEvidenceCommand(received.value().id(), received.version(), "Pièce illisible", day));
                }
                case WAIVE -> waive(id);
                case NOTICE -> app.sendFormalNotice.send(new SendFormalNoticeCommand(id, version(id), Party.FUNDER, day,
                        "LR-" + stepNumber, "Rapport d'activité non transmis"));
                case MEETING -> app.recordMeeting.record(new RecordEvaluationMeetingCommand(id, version(id), MeetingKind.EVALUATION, day,
                        "Bilan de l'année"));
                case TERMINATE -> app.terminateAgreement.terminate(new TerminateAgreementCommand(id, version(id),
                        pick(TerminationGround.DISSOLUTION, TerminationGround.OUT_OF_COMPETENCE, TerminationGround.BREACH_AFTER_NOTICE),
                        Party.FUNDER, day, pick(RestitutionMode.values()), random.nextBoolean()));
                case CLOSE -> app.closeAgreement.close(new CloseAgreementCommand(id, version(id), day));
            }
        }

        /** A draft on both lines with a subsidy that is not a round number, of the seed's or another association. */
        private void create() {
            if (agreements.size() == 3) {
                throw new DomainException("trois conventions suffisent à la séquence");
            }
            long ct1Cents = 100_000 + random.nextInt(4_000_000);
            long ct2Cents = 100_000 + random.nextInt(6_000_000);
            Subsidy subsidy = Subsidy.of(Amount.ofCents(ct1Cents + ct2Cents),
                    SubsidyAllocation.of(parties.ct1(), "Budget Principal Métropolitain (CT1)", Amount.ofCents(ct1Cents)),
                    SubsidyAllocation.of(parties.paysAix(), "Territoire du Pays d'Aix", Amount.ofCents(ct2Cents)));
            ForecastBudget budget = ForecastBudget.ofEligibleExpenses(Amount.ofCents((ct1Cents + ct2Cents) * (2 + random.nextInt(12)) + 37));
            AgreementTerms draft = new AgreementTerms(AgreementReference.of("ECO-2020-" + (agreements.size() + 1)),
                    agreements.isEmpty() ? parties.associationId() : committedAssociation, AgreementFixtures.seedSignatory(), null,
                    AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(), budget, subsidy,
                    AgreementFixtures.seedPaymentTerms());
            AgreementId id = app.createDraftAgreement.create(new CreateDraftAgreementCommand(draft)).agreementId();
            agreements.add(id);
            terms.put(id, draft);
        }

        private void editDraft(AgreementId id) {
            AgreementTerms old = terms.get(id);
            Subsidy subsidy = random.nextBoolean()
                    ? Subsidy.onSingleLine(parties.ct1(), old.subsidy().votedAmount())
                    : moved(old.subsidy(), Amount.ofCents(1 + random.nextInt(50_000)));
            AgreementTerms edited = new AgreementTerms(old.reference(), old.associationId(), old.signatory(), old.representative(),
                    old.budgetYear(), old.object(), old.programme(), old.forecastBudget(), subsidy, old.paymentTerms());
            app.editDraftAgreement.edit(new EditDraftAgreementCommand(id, version(id), edited));
            terms.put(id, edited);
        }

        /** An amendment that moves part of the subsidy between the lines, takes a line out, or lowers the subsidy. */
        private void amend(AgreementId id) {
            Subsidy current = agreement(id).subsidy();
            Amount part = Amount.ofCents(1 + random.nextInt(1_000_000));
            Subsidy amended = switch (random.nextInt(3)) {
                case 0 -> moved(current, part);
                case 1 -> Subsidy.onSingleLine(current.budgetLines().getFirst(), current.votedAmount());
                default -> lowered(current, part);
            };
            app.amendAgreement.amend(new AmendAgreementCommand(id, version(id),
                    AmendmentRequest.of(day, "Avenant " + stepNumber).withSubsidy(amended)));
        }

        /** {@code part} of the first line's share moved to the other line (added to the split if needed). */
        private Subsidy moved(Subsidy subsidy, Amount part) {
            SubsidyAllocation first = subsidy.split().getFirst();
            BudgetLineId other = first.budgetLineId().equals(parties.ct1()) ? parties.paysAix() : parties.ct1();
            Amount taken = first.amount().isGreaterThan(part) ? part : first.amount().minus(Amount.ofCents(1));
            Amount otherShare = subsidy.amountOn(other).orElse(Amount.ZERO).plus(taken);
            List<SubsidyAllocation> split = new ArrayList<>();
            if (!first.amount().minus(taken).isZero()) {
                split.add(SubsidyAllocation.of(first.budgetLineId(), first.label(), first.amount().minus(taken)));
            }
            if (!otherShare.isZero()) {
                split.add(SubsidyAllocation.of(other, null, otherShare));
            }
            return new Subsidy(subsidy.votedAmount(), split);
        }

        /** The subsidy lowered by {@code part}, taken from the largest share. */
        private Subsidy lowered(Subsidy subsidy, Amount part) {
            SubsidyAllocation largest = subsidy.split().stream().max((a, b) -> a.amount().compareTo(b.amount())).orElseThrow();
            Amount cut = largest.amount().isGreaterThan(part) ? part : Amount.ofCents(1);
            List<SubsidyAllocation> split = subsidy.split().stream()
                    .map(a -> a == largest ? SubsidyAllocation.of(a.budgetLineId(), a.label(), a.amount().minus(cut)) : a).toList();
            return new Subsidy(subsidy.votedAmount().minus(cut), split);
        }

        /** The charges the account proposes, sometimes a part of them, sometimes a cent too many, under a new or a reused order number. */
        private void pay(AgreementId id, PaymentKind kind) {
            List<LineCharge> proposed = accountInTheFakes(id).proposedCharges(kind);
            List<LineCharge> charges;
            if (proposed.isEmpty()) {
                charges = List.of(new LineCharge(pick(parties.ct1(), parties.paysAix()), Amount.ofCents(1 + random.nextInt(100_000))));
            } else {
                charges = switch (random.nextInt(6)) {
                    case 0, 1 -> proposed.stream().map(c -> new LineCharge(c.budgetLineId(),
                            Amount.ofCents(Math.max(1, c.amount().cents() * (1 + random.nextInt(9)) / 10)))).toList();
                    case 2 -> List.of(new LineCharge(proposed.getFirst().budgetLineId(), proposed.getFirst().amount().plus(Amount.ofCents(1))));
                    default -> proposed;
                };
            }
            PaymentOrderReference order = random.nextInt(8) == 0 && orderNumber > 0
                    ? PaymentOrderReference.of("M-" + random.nextInt(orderNumber + 1)) : PaymentOrderReference.of("M-" + ++orderNumber);
            app.recordPayment.record(new RecordPaymentCommand(id, version(id), kind, charges, day, random.nextInt(5) == 0 ? null : order));
        }

        private void cancelPayment(AgreementId id) {
            List<Versioned<Payment>> recorded = payments(id).stream().filter(Payment::isRecorded)
                    .map(p -> app.payments.findById(p.id()).orElseThrow()).toList();
            if (recorded.isEmpty()) {
                throw new DomainException("aucun versement à annuler");
            }
            Versioned<Payment> payment = recorded.get(random.nextInt(recorded.size()));
            app.cancelPayment.cancel(new CancelPaymentCommand(payment.value().id(), payment.version(), "Mandat rejeté", day));
        }

        /** Real expenses from half the forecast to a fifth above it (underspend, overspend, exactly the forecast). */
        private void settle(AgreementId id) {
            long forecast = agreement(id).forecastBudget().eligibleExpenses().cents();
            long real = random.nextInt(5) == 0 ? forecast : forecast / 2 + (long) (random.nextDouble() * forecast * 0.7);
            app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(id, version(id), Amount.ofCents(real), day)));
        }

        private void decide(AgreementId id) {
            AgreementAccount account = accountInTheFakes(id);
            FundingDecisionAction action = account.status() == AgreementStatus.SUSPENDED && random.nextBoolean()
                    ? FundingDecisionAction.RESUME_PAYMENTS : pick(FundingDecisionAction.values());
            Amount amount = switch (action) {
                case REDUCE_SUBSIDY -> Amount.ofCents(1 + random.nextLong(Math.max(1, account.adjustedSubsidy().cents() / 3)));
                case DEMAND_REPAYMENT -> Amount.ofCents(1 + random.nextLong(Math.max(1, account.paid().cents())));
                case RECONSIDER_AMOUNT -> random.nextBoolean() ? null : Amount.ofCents(1 + random.nextInt(100_000));
                default -> null;
            };
            app.recordFundingDecision.record(new RecordFundingDecisionCommand(id, version(id), action,
                    FundingDecisionCause.SIGNIFICANT_DELAY, "Retard important du programme", amount, day));
        }

        /** An order for what is outstanding on a ground (sometimes a cent too much, or on a ground with nothing owed). */
        private void issueOrder(AgreementId id) {
            AgreementAccount account = accountInTheFakes(id);
            List<RecoveryGround> owing = Arrays.stream(RecoveryGround.values()).filter(g -> !account.outstanding(g).isZero()).toList();
            RecoveryGround ground = owing.isEmpty() || random.nextInt(8) == 0 ? pick(RecoveryGround.values()) : owing.get(random.nextInt(owing.size()));
            Amount amount = account.outstanding(ground).isZero() || random.nextInt(8) == 0
                    ? account.outstanding(ground).plus(Amount.ofCents(1)) : account.outstanding(ground);
            app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(id, version(id), ground, amount, day));
        }

        private void receipt(AgreementId id) {
            List<Versioned<RecoveryOrder>> issued = app.recoveryOrders.findByAgreement(id).stream()
                    .filter(o -> o.value().status() == RecoveryOrderStatus.ISSUED).toList();
            if (issued.isEmpty()) {
                throw new DomainException("aucun titre à encaisser");
            }
            Versioned<RecoveryOrder> order = issued.get(random.nextInt(issued.size()));
            long due = order.value().remainingDue().cents();
            Amount amount = random.nextBoolean() ? Amount.ofCents(due) : Amount.ofCents(1 + random.nextLong(due + 1));
            app.recordRecoveryReceipt.record(new RecordRecoveryReceiptCommand(order.value().id(), order.version(), amount, day));
        }

        private Versioned<Obligation> openObligation(AgreementId id) {
            List<Versioned<Obligation>> open = obligations(id).stream().filter(o -> !o.value().status().isFulfilled()).toList();
            if (open.isEmpty()) {
                throw new DomainException("aucune obligation ouverte");
            }
            return open.get(random.nextInt(open.size()));
        }

        private void receive(Versioned<Obligation> obligation) {
            DocumentRef document = app.documents.store("piece-" + stepNumber + ".pdf", "application/pdf",
                    ("%PDF pièce " + stepNumber).getBytes(StandardCharsets.UTF_8));
            app.receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(), day));
        }

        /** An obligation whose evidence waits for a decision, or (when there is none, refused then) any open one. */
        private Versioned<Obligation> receivedObligation(AgreementId id) {
            List<Versioned<Obligation>> received = obligations(id).stream().filter(o -> o.value().status() == ObligationStatus.RECEIVED).toList();
            return received.isEmpty() ? openObligation(id) : received.get(random.nextInt(received.size()));
        }

        /** Waives one open obligation, or every one of them (each waiver a use case, checked), as a manager clearing a file. */
        private void waive(AgreementId id) {
            if (random.nextInt(3) == 0) {
                for (Versioned<Obligation> open : obligations(id).stream().filter(o -> !o.value().status().isFulfilled()).toList()) {
                    attempt(Step.WAIVE, () -> app.waiveObligation.waive(new WaiveObligationCommand(open.value().id(), open.version(),
                            "Couvert par une autre pièce", day)));
                }
                return;
            }
            Versioned<Obligation> open = openObligation(id);
            app.waiveObligation.waive(new WaiveObligationCommand(open.value().id(), open.version(), "Couvert par une autre pièce", day));
        }

        // ------------------------------------------------------------------ reading the fakes

        private Agreement agreement(AgreementId id) {
            return app.agreements.findById(id).orElseThrow().value();
        }

        private AgreementStatus status(AgreementId id) {
            return agreement(id).status();
        }

        private long version(AgreementId id) {
            return app.agreements.findById(id).orElseThrow().version();
        }

        private List<Payment> payments(AgreementId id) {
            return app.payments.findByAgreement(id).stream().map(Versioned::value).toList();
        }

        private List<RecoveryOrder> orders(AgreementId id) {
            return app.recoveryOrders.findByAgreement(id).stream().map(Versioned::value).toList();
        }

        private List<Versioned<Obligation>> obligations(AgreementId id) {
            return app.obligations.findByAgreement(id);
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
