package fr.conventio.application.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.association.AssociationDetails;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.GetAssociationQuery;
import fr.conventio.application.association.ReceivedDocument;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.dashboard.AgreementAwaitingDecision;
import fr.conventio.application.dashboard.AwaitedDecision;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.dashboard.Dashboard;
import fr.conventio.application.dashboard.GetDashboardQuery;
import fr.conventio.application.dashboard.ListBudgetConsumptionQuery;
import fr.conventio.application.dashboard.PaymentToMake;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.obligation.RejectEvidenceCommand;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read use cases of the staff screens, on the fakes, with the seed agreement in given states. */
class ReadSideTest {

    static final BudgetYear Y2020 = BudgetYear.of(2020);

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    private static PageRequest page(String sortBy) {
        return PageRequest.of(0, 20, sortBy, true);
    }

    private Dashboard dashboard() {
        return app.getDashboard.get(GetDashboardQuery.standard());
    }

    private BudgetLineConsumption line(List<BudgetLineConsumption> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private void settleAt93PercentWithDocumentsAccepted() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"),
                LocalDate.of(2021, 6, 15))));
    }

    /** A second association of Marseille, with no SIRET nor RNA. */
    private AssociationId registerSecondAssociation() {
        Association seedAssociation = AgreementFixtures.seedAssociation();
        return app.registerAssociation.register(new RegisterAssociationCommand(new fr.conventio.application.association.AssociationData(
                "Amis du Vieux-Port", PostalAddress.of("1 quai du Port", "13002", "Marseille"), seedAssociation.representative(),
                null, null, FiscalYear.CALENDAR, Amount.of(50_000), null))).id();
    }

    @Nested
    class Associations {

        @Test
        void the_list_counts_the_agreements_and_sums_the_voted_subsidies_drafts_excluded() {
            seed.setUpParties();
            registerSecondAssociation();
            seed.createDraft();

            Page<AssociationSummary> beforeApproval = app.searchAssociations.search(new SearchAssociationsQuery(null,
                    page(SearchAssociationsUseCase.SORT_NAME)));
            assertThat(beforeApproval.totalElements()).isEqualTo(2);
            assertThat(beforeApproval.content()).extracting(AssociationSummary::name)
                    .containsExactly("Amis du Vieux-Port", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
            assertThat(beforeApproval.content().get(1)).satisfies(s -> {
                assertThat(s.agreementCount()).isEqualTo(1);
                assertThat(s.totalSubsidiesVoted()).as("a draft is not voted").isEqualTo(Amount.ZERO);
                assertThat(s.siret()).isEqualTo("99999999800019");
                assertThat(s.rna()).isEqualTo("W139999999");
                assertThat(s.city()).isEqualTo("Rousset");
            });
            assertThat(beforeApproval.content().getFirst()).satisfies(s -> {
                assertThat(s.siret()).isNull();
                assertThat(s.agreementCount()).isZero();
            });

            seed.approve();
            AssociationSummary scs = app.searchAssociations.search(new SearchAssociationsQuery("rousset",
                    page(SearchAssociationsUseCase.SORT_NAME))).content().getFirst();
            assertThat(scs.totalSubsidiesVoted()).isEqualTo(Amount.of(80_000));
        }

        @Test
        void the_text_is_looked_for_in_name_siret_rna_and_city() {
            seed.setUpParties();
            registerSecondAssociation();
            PageRequest byName = page(SearchAssociationsUseCase.SORT_NAME);

            assertThat(search("vieux", byName)).containsExactly("Amis du Vieux-Port");
            assertThat(search("MARSEILLE", byName)).containsExactly("Amis du Vieux-Port");
            assertThat(search("999 999 998", byName)).as("spaces of a typed SIRET ignored")
                    .containsExactly("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
            assertThat(search("w13999", byName)).containsExactly("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
            assertThat(search("  ", byName)).hasSize(2);
            assertThat(search("nowhere", byName)).isEmpty();
            assertThat(app.searchAssociations.search(new SearchAssociationsQuery(null,
                    PageRequest.of(0, 20, SearchAssociationsUseCase.SORT_CITY, false))).content())
                    .extracting(AssociationSummary::city).containsExactly("Rousset", "Marseille");
        }

        private List<String> search(String text, PageRequest page) {
            return app.searchAssociations.search(new SearchAssociationsQuery(text, page)).content().stream()
                    .map(AssociationSummary::name).toList();
        }

        @Test
        void an_unknown_sort_key_is_refused() {
            assertThatThrownBy(() -> app.searchAssociations.search(new SearchAssociationsQuery(null, page("siret"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("tri : propriété inconnue « siret »");
        }

        @Test
        void the_page_shows_every_field_the_agreements_and_the_documents_received() {
            seed.signed();
            seed.payAdvance();
            Obligation insurance = app.obligations.findByAgreement(seed.agreementId()).stream().map(Versioned::value)
                    .filter(o -> o.type() == ObligationType.INSURANCE_CERTIFICATE).findFirst().orElseThrow();
            var first = app.documents.store("assurance-2019.pdf", "application/pdf", "%PDF 2019".getBytes(StandardCharsets.UTF_8));
            long v = app.receiveEvidence.receive(new ReceiveEvidenceCommand(insurance.id(),
                    app.obligations.findById(insurance.id()).orElseThrow().version(), first.id(),
                    LocalDate.of(2020, 2, 20))).version();
            app.rejectEvidence.reject(new RejectEvidenceCommand(insurance.id(), v, "attestation de l'année précédente",
                    LocalDate.of(2020, 2, 25)));
            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));

            AssociationDetails details = app.getAssociation.get(new GetAssociationQuery(seed.associationId()));

            Association expected = AgreementFixtures.seedAssociation();
            assertThat(details.id()).isEqualTo(seed.associationId());
            assertThat(details.version()).isEqualTo(app.associations.findById(seed.associationId()).orElseThrow().version());
            assertThat(details.name()).isEqualTo(expected.name());
            assertThat(details.registeredAddress()).isEqualTo(expected.registeredAddress());
            assertThat(details.representative()).isEqualTo(expected.representative());
            assertThat(details.siret()).isEqualTo(expected.siret().orElseThrow());
            assertThat(details.rna()).isEqualTo(expected.rna().orElseThrow());
            assertThat(details.fiscalYear()).isEqualTo(FiscalYear.CALENDAR);
            assertThat(details.annualBudget()).isEqualTo(Amount.of(1_040_335));
            assertThat(details.republicanCommitmentDate()).isNull();
            assertThat(details.agreements()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(seed.agreementId());
                assertThat(a.reference()).isEqualTo("ECO-2020-SCS");
                assertThat(a.stage()).isEqualTo(AgreementStage.SIGNED);
                assertThat(a.subsidy()).isEqualTo(Amount.of(80_000));
            });
            assertThat(details.documents()).hasSize(4);
            assertThat(details.documents()).first().satisfies(d -> {
                assertThat(d.receivedOn()).isEqualTo(LocalDate.of(2021, 5, 10));
                assertThat(d.status()).isEqualTo(ObligationStatus.ACCEPTED);
                assertThat(d.agreementReference()).isEqualTo("ECO-2020-SCS");
            });
            assertThat(details.documents()).extracting(ReceivedDocument::fileName).contains("final_income_statement.pdf");
            assertThat(details.documents()).last().satisfies(d -> {
                assertThat(d.obligationType()).isEqualTo(ObligationType.INSURANCE_CERTIFICATE);
                assertThat(d.fileName()).isEqualTo("assurance-2019.pdf");
                assertThat(d.documentId()).isEqualTo(first.id());
                assertThat(d.obligationId()).isEqualTo(insurance.id());
                assertThat(d.receivedOn()).isEqualTo(LocalDate.of(2020, 2, 20));
                assertThat(d.status()).isEqualTo(ObligationStatus.REJECTED);
            });
            assertThat(app.documents.open(details.documents().getFirst().documentId())).isPresent();
        }

        @Test
        void an_unknown_association_is_not_found() {
            AssociationId unknown = AssociationId.of("00000000-0000-0000-0000-000000000000");
            assertThatThrownBy(() -> app.getAssociation.get(new GetAssociationQuery(unknown)))
                    .isInstanceOf(NotFoundException.class)
                    .hasFieldOrPropertyWithValue("id", "00000000-0000-0000-0000-000000000000")
                    .hasMessage("Association introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).");
        }
    }

    @Nested
    class Budget {

        @Test
        void after_signing_the_lines_show_the_commitments_of_the_seed() {
            seed.signed();

            List<BudgetLineConsumption> lines = app.listBudgetConsumption.list(new ListBudgetConsumptionQuery(Y2020));

            assertThat(lines).extracting(BudgetLineConsumption::code).containsExactly("CT1", "CT2");
            assertThat(line(lines, "CT1")).satisfies(l -> {
                assertThat(l.lineId()).isEqualTo(seed.ct1());
                assertThat(l.label()).isEqualTo("Budget Principal Métropolitain");
                assertThat(l.envelope()).isEqualTo(Amount.of(500_000));
                assertThat(l.committed()).isEqualTo(Amount.of(30_000));
                assertThat(l.paid()).isEqualTo(Amount.ZERO);
                assertThat(l.remaining()).isEqualTo(Amount.of(470_000));
            });
            assertThat(line(lines, "CT2")).satisfies(l -> {
                assertThat(l.committed()).isEqualTo(Amount.of(50_000));
                assertThat(l.remaining()).isEqualTo(Amount.of(750_000));
            });
            assertThat(app.listBudgetConsumption.list(new ListBudgetConsumptionQuery(BudgetYear.of(2021))))
                    .as("every line, zeros on a year with nothing")
                    .allSatisfy(l -> {
                        assertThat(l.envelope()).isEqualTo(Amount.ZERO);
                        assertThat(l.committed()).isEqualTo(Amount.ZERO);
                    });
        }

        @Test
        void the_advance_is_paid_per_line_and_a_cancelled_payment_no_longer_counts() {
            seed.signed();
            seed.payAdvance();

            List<BudgetLineConsumption> lines = app.listBudgetConsumption.list(new ListBudgetConsumptionQuery(Y2020));
            assertThat(line(lines, "CT1").paid()).isEqualTo(Amount.of(24_000));
            assertThat(line(lines, "CT2").paid()).isEqualTo(Amount.of(40_000));

            var payment = app.payments.findByAgreement(seed.agreementId()).getFirst();
            app.cancelPayment.cancel(new CancelPaymentCommand(payment.value().id(), payment.version(), "mandat rejeté par le comptable",
                    LocalDate.of(2020, 2, 20)));
            assertThat(app.listBudgetConsumption.list(new ListBudgetConsumptionQuery(Y2020)))
                    .allSatisfy(l -> assertThat(l.paid()).isEqualTo(Amount.ZERO));
        }

        @Test
        void nothing_before_the_funder_is_set_up() {
            assertThat(app.listBudgetConsumption.list(new ListBudgetConsumptionQuery(Y2020))).isEmpty();
            assertThat(app.getFunderSettings.get(new GetFunderSettingsQuery())).isEmpty();
        }

        @Test
        void the_settings_show_the_funder_and_each_line_per_year_with_what_is_paid() {
            seed.signed();
            seed.payAdvance();

            FunderSettings settings = app.getFunderSettings.get(new GetFunderSettingsQuery()).orElseThrow();

            var funder = app.funders.findTheFunder().orElseThrow();
            assertThat(settings.id()).isEqualTo(funder.value().id());
            assertThat(settings.version()).isEqualTo(funder.version());
            assertThat(settings.name()).isEqualTo("Métropole Aix-Marseille-Provence");
            assertThat(settings.siret().value()).isEqualTo("20005480700017");
            assertThat(settings.signatories()).isEqualTo(AgreementFixtures.seedFunder().signatories());
            assertThat(settings.budgetLines()).extracting(FunderSettings.BudgetLineSettings::code).containsExactly("CT1", "CT2");
            assertThat(settings.budgetLines().getFirst()).satisfies(l -> {
                assertThat(l.id()).isEqualTo(seed.ct1());
                assertThat(l.version()).isEqualTo(app.budgetLines.findById(seed.ct1()).orElseThrow().version());
                assertThat(l.label()).isEqualTo("Budget Principal Métropolitain");
                assertThat(l.years()).singleElement().isEqualTo(new FunderSettings.YearFigures(Y2020, Amount.of(500_000), true,
                        Amount.of(30_000), Amount.of(24_000), Amount.of(470_000)));
            });
            assertThat(settings.budgetLines().get(1).years()).singleElement().isEqualTo(new FunderSettings.YearFigures(Y2020,
                    Amount.of(800_000), true, Amount.of(50_000), Amount.of(40_000), Amount.of(750_000)));
        }
    }

    @Nested
    class DashboardPage {

        @Test
        void a_draft_then_an_approved_agreement_await_a_decision() {
            seed.setUpParties();
            seed.createDraft();
            assertThat(dashboard().awaitingDecision().content()).singleElement().satisfies(a -> {
                assertThat(a.decision()).isEqualTo(AwaitedDecision.APPROVAL);
                assertThat(a.agreementReference()).isEqualTo("ECO-2020-SCS");
                assertThat(a.associationName()).isEqualTo("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
                assertThat(a.amount()).isEqualTo(Amount.of(80_000));
            });
            seed.approve();
            assertThat(dashboard().awaitingDecision().content()).extracting(AgreementAwaitingDecision::decision)
                    .containsExactly(AwaitedDecision.SIGNATURE);
            seed.sign();
            assertThat(dashboard().awaitingDecision().totalElements()).isZero();
        }

        @Test
        void after_signing_the_advance_of_64000_is_ready_to_be_paid_until_it_is() {
            seed.signed();
            app.clock.setToday(LocalDate.of(2020, 2, 4));

            Dashboard dashboard = dashboard();

            assertThat(dashboard.today()).isEqualTo(LocalDate.of(2020, 2, 4));
            assertThat(dashboard.paymentsToMake().totalElements()).isEqualTo(1);
            assertThat(dashboard.paymentsToMake().content()).singleElement().isEqualTo(new PaymentToMake(PaymentKind.ADVANCE,
                    seed.agreementId(), "ECO-2020-SCS", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", 2020, Amount.of(64_000)));
            assertThat(dashboard.budgetYear()).isEqualTo(Y2020);
            assertThat(line(dashboard.budgetConsumption(), "CT1").committed()).isEqualTo(Amount.of(30_000));

            app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                    List.of(new LineCharge(seed.ct1(), Amount.of(24_000))), LocalDate.of(2020, 2, 10), PaymentOrderReference.of("M-1")));
            assertThat(dashboard().paymentsToMake().content()).singleElement()
                    .satisfies(p -> assertThat(p.amount()).as("cap minus the advances paid").isEqualTo(Amount.of(40_000)));

            app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                    List.of(new LineCharge(seed.paysAix(), Amount.of(40_000))), LocalDate.of(2020, 2, 17), PaymentOrderReference.of("M-2")));
            assertThat(dashboard().paymentsToMake().totalElements()).isZero();
        }

        @Test
        void after_settlement_at_936301_50_with_the_three_documents_accepted_the_balance_of_8000_is_ready() {
            settleAt93PercentWithDocumentsAccepted();
            app.clock.setToday(LocalDate.of(2021, 6, 16));

            Dashboard dashboard = dashboard();

            assertThat(dashboard.paymentsToMake().content()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(PaymentKind.BALANCE);
                assertThat(p.amount()).isEqualTo(Amount.of("8000.00"));
            });
            assertThat(dashboard.awaitingDecision().totalElements()).isZero();
            assertThat(dashboard.budgetYear()).isEqualTo(BudgetYear.of(2021));
        }

        @Test
        void the_balance_waits_for_the_balance_documents() {
            seed.signed();
            seed.payAdvance();
            app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"),
                    LocalDate.of(2021, 6, 15))));

            assertThat(dashboard().paymentsToMake().totalElements()).isZero();
        }

        @Test
        void an_overpayment_awaits_its_recovery_order_then_leaves_the_list() {
            seed.signed();
            seed.payAdvance();
            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
            app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("728234.50"),
                    LocalDate.of(2021, 6, 15))));

            assertThat(dashboard().awaitingDecision().content()).singleElement().satisfies(a -> {
                assertThat(a.decision()).isEqualTo(AwaitedDecision.RECOVERY_ORDER);
                assertThat(a.stage()).isEqualTo(AgreementStage.SETTLED);
                assertThat(a.amount()).isEqualTo(Amount.of("8000.00"));
            });
            assertThat(dashboard().paymentsToMake().totalElements()).isZero();

            app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(), RecoveryGround.OVERPAYMENT,
                    Amount.of("8000.00"), LocalDate.of(2021, 6, 20)));
            assertThat(dashboard().awaitingDecision().totalElements()).isZero();
        }

        @Test
        void deadlines_are_those_of_the_horizon_with_the_overdue_counted() {
            seed.signed();
            app.clock.setToday(LocalDate.of(2021, 6, 10));

            Dashboard dashboard = app.getDashboard.get(new GetDashboardQuery(30, 100));
            var listed = app.listDeadlines.list(new fr.conventio.application.dashboard.ListDeadlinesQuery(30,
                    PageRequest.of(0, 100, "dueDate", true)));

            assertThat(dashboard.horizonDays()).isEqualTo(30);
            assertThat(dashboard.deadlines().content()).isEqualTo(listed.content());
            assertThat(dashboard.overdueCount()).isPositive()
                    .isEqualTo(listed.content().stream().filter(fr.conventio.application.dashboard.Deadline::overdue).count());
        }

        @Test
        void each_list_is_capped_and_counted() {
            seed.setUpParties();
            AgreementTerms t = seed.seedTerms();
            for (int i = 1; i <= 3; i++) {
                app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of("D-" + i),
                        t.associationId(), t.signatory(), null, Y2020, t.object(), t.programme(),
                        ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(10_000)), null)));
            }

            Dashboard dashboard = app.getDashboard.get(new GetDashboardQuery(30, 2));

            assertThat(dashboard.awaitingDecision().content()).extracting(AgreementAwaitingDecision::agreementReference)
                    .containsExactly("D-1", "D-2");
            assertThat(dashboard.awaitingDecision().totalElements()).isEqualTo(3);
        }

        @Test
        void the_query_defaults_to_30_days_and_refuses_a_horizon_beyond_a_year() {
            assertThat(GetDashboardQuery.standard().horizonDays()).isEqualTo(30);
            assertThatThrownBy(() -> GetDashboardQuery.within(367)).isInstanceOf(InvalidCommandException.class);
            assertThatThrownBy(() -> new GetDashboardQuery(30, 0)).isInstanceOf(InvalidCommandException.class);
        }
    }

    @Nested
    class History {

        @Test
        void the_history_pages_the_entries_of_the_agreement_most_recent_first() {
            seed.signed();
            AgreementId other = AgreementId.of("00000000-0000-0000-0000-000000000001");
            Map<String, AuditChange> changes = new LinkedHashMap<>();
            changes.put("status", new AuditChange("APPROVED", "SIGNED"));
            changes.put("signatureDate", new AuditChange(null, "2020-02-03"));
            AuditEntry created = new AuditEntry(Instant.parse("2019-12-10T09:00:00Z"), "instructeur.test", "Convention",
                    seed.agreementId().toString(), "CREATE_DRAFT", Map.of());
            AuditEntry signed = new AuditEntry(Instant.parse("2020-02-03T10:00:00Z"), "instructeur.test", "Convention",
                    seed.agreementId().toString(), "SIGN", changes);
            AuditEntry obligation = new AuditEntry(Instant.parse("2020-02-03T10:00:00Z"), "instructeur.test", "Obligation",
                    "o-1", "CREATE", Map.of());
            app.auditTrailQueries.record(seed.agreementId(), created);
            app.auditTrailQueries.record(seed.agreementId(), signed);
            app.auditTrailQueries.record(seed.agreementId(), obligation);
            app.auditTrailQueries.record(other, created);

            Page<AuditEntry> first = app.getAgreementHistory.history(new GetAgreementHistoryQuery(seed.agreementId(),
                    PageRequest.of(0, 2, GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false)));

            assertThat(first.totalElements()).isEqualTo(3);
            assertThat(first.content()).containsExactly(obligation, signed);
            assertThat(first.content().get(1).changes()).containsExactly(Map.entry("status", new AuditChange("APPROVED", "SIGNED")),
                    Map.entry("signatureDate", new AuditChange(null, "2020-02-03")));
            assertThat(app.getAgreementHistory.history(new GetAgreementHistoryQuery(seed.agreementId(),
                    PageRequest.of(1, 2, GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false))).content()).containsExactly(created);
        }

        @Test
        void an_unknown_agreement_or_sort_key_is_refused() {
            AgreementId unknown = AgreementId.of("00000000-0000-0000-0000-000000000000");
            assertThatThrownBy(() -> app.getAgreementHistory.history(new GetAgreementHistoryQuery(unknown,
                    PageRequest.of(0, 20, GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> app.getAgreementHistory.history(new GetAgreementHistoryQuery(unknown, page("actor"))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Export {

        @Test
        void the_seed_is_exported_for_french_spreadsheets() {
            seed.signed();

            AgreementsExport export = app.exportAgreements.export(new ExportAgreementsQuery(AgreementSearch.all()));

            assertThat(export.rowCount()).isEqualTo(1);
            assertThat(export.fileName()).isEqualTo("conventions-2020-01-06.csv");
            assertThat(export.csv()).startsWith("\uFEFF");
            assertThat(export.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String[] lines = export.csv().substring(1).split("\r\n");
            assertThat(lines).containsExactly("Référence;Association;Exercice;Subvention;Part du coût;Statut",
                    "ECO-2020-SCS;POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS);2020;80 000,00;7,69;Signée");
        }

        @Test
        void the_filters_of_the_list_apply_and_every_page_is_read() {
            seed.setUpParties();
            AgreementTerms t = seed.seedTerms();
            for (int i = 1; i <= 501; i++) {
                app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(
                        AgreementReference.of(String.format("D-%04d", i)), t.associationId(), t.signatory(), null, Y2020, t.object(),
                        t.programme(), ForecastBudget.ofEligibleExpenses(Amount.of(3_000_000)),
                        Subsidy.onSingleLine(seed.ct1(), Amount.of("1234567.5")), null)));
            }

            AgreementsExport export = app.exportAgreements.export(new ExportAgreementsQuery(
                    new AgreementSearch(2020, AgreementStage.DRAFT, null, null, null)));

            assertThat(export.rowCount()).as("two pages of 500").isEqualTo(501);
            String[] lines = export.csv().split("\r\n");
            assertThat(lines).hasSize(502);
            assertThat(lines[501]).isEqualTo("D-0501;POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS);2020;1 234 567,50;41,15;Brouillon");
            assertThat(app.exportAgreements.export(new ExportAgreementsQuery(new AgreementSearch(2021, null, null, null, null))).rowCount())
                    .isZero();
        }

        @Test
        void text_fields_are_quoted_and_never_run_as_formulas() {
            assertThat(ExportAgreementsService.text("A;B")).isEqualTo("\"A;B\"");
            assertThat(ExportAgreementsService.text("dit \"SCS\"")).isEqualTo("\"dit \"\"SCS\"\"\"");
            assertThat(ExportAgreementsService.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
            assertThat(ExportAgreementsService.text("-1")).isEqualTo("'-1");
            assertThat(ExportAgreementsService.amount(Amount.of("999.99"))).isEqualTo("999,99");
            assertThat(ExportAgreementsService.amount(Amount.of("1000"))).isEqualTo("1 000,00");
        }
    }
}
