package fr.conventio.application.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.ListDeadlinesQuery;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.publication.ExportOpenDataQuery;
import fr.conventio.application.publication.OpenDataExport;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class ReadsTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    private AgreementDetails details() {
        return app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
    }

    @Test
    void the_agreement_page_offers_the_actions_of_each_state() {
        seed.setUpParties();
        seed.createDraft();
        // as seen by a manager other than the drafter (the drafter is not offered the approval: SeparationOfDutiesTest)
        assertThat(app.as(InMemoryConventio.MANAGER, this::details).allowedActions())
                .containsExactlyInAnyOrder(AgreementAction.EDIT_DRAFT, AgreementAction.APPROVE);
        seed.approve();
        assertThat(details().allowedActions()).containsExactlyInAnyOrder(AgreementAction.SIGN, AgreementAction.RECORD_THIRD_PARTY_DELEGATION);
        seed.sign();
        assertThat(details().allowedActions()).contains(AgreementAction.RECORD_ADVANCE, AgreementAction.AMEND, AgreementAction.SETTLE,
                AgreementAction.SUSPEND_PAYMENTS, AgreementAction.TERMINATE).doesNotContain(AgreementAction.RECORD_BALANCE, AgreementAction.SIGN);
        seed.payAdvance();
        assertThat(details().allowedActions()).as("the 80 %% cap is reached").doesNotContain(AgreementAction.RECORD_ADVANCE);
    }

    @Test
    void the_agreement_page_shows_terms_money_and_obligations_judged_on_today() {
        seed.signed();
        seed.payAdvance();
        app.clock.setToday(LocalDate.of(2021, 7, 1));

        AgreementDetails page = details();

        assertThat(page.reference()).isEqualTo("ECO-2020-SCS");
        assertThat(page.funderName()).isEqualTo("Métropole Aix-Marseille-Provence");
        assertThat(page.associationName()).isEqualTo("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
        assertThat(page.shareOfCost().toString()).isEqualTo("7,69 %");
        assertThat(page.advanceCap()).isEqualTo(Amount.of(64_000));
        assertThat(page.totalPaid()).isEqualTo(Amount.of(64_000));
        assertThat(page.balanceDue()).isEqualTo(Amount.of(16_000));
        assertThat(page.versions()).hasSize(1);
        assertThat(page.today()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(page.obligations()).filteredOn(o -> o.type() == ObligationType.FINANCIAL_REPORT).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.OVERDUE));
        assertThat(page.balanceDocumentsOutstanding()).hasSize(3);
    }

    @Test
    void an_unknown_agreement_is_not_found() {
        AgreementId unknown = AgreementId.of("00000000-0000-0000-0000-000000000000");
        assertThatThrownBy(() -> app.getAgreement.get(new GetAgreementQuery(unknown)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("id", "00000000-0000-0000-0000-000000000000")
                .hasMessage("Convention introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).");
    }

    @Test
    void deadlines_list_the_overdue_and_the_due_within_n_days_earliest_first() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 6, 10));

        Page<Deadline> page = app.listDeadlines.list(new ListDeadlinesQuery(30, PageRequest.of(0, 100, "dueDate", true)));

        assertThat(page.content()).isNotEmpty().allSatisfy(d -> assertThat(d.dueDate()).isBeforeOrEqualTo(LocalDate.of(2021, 7, 10)));
        assertThat(page.content().getFirst().kind()).isEqualTo(DeadlineKind.OBLIGATION);
        assertThat(page.content().getFirst().ruleId()).isEqualTo("O1");
        assertThat(page.content().getFirst().overdue()).isTrue();
        assertThat(page.content()).filteredOn(d -> d.ruleId().equals("O2")).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isFalse());
        assertThat(page.content()).extracting(Deadline::dueDate).isSorted();
        assertThat(page.content()).noneMatch(d -> d.ruleId().equals("O5") && d.dueDate().isAfter(LocalDate.of(2021, 7, 10)));
    }

    @Test
    void n1_the_funders_own_payment_deadline_is_listed_until_something_is_paid() {
        seed.setUpParties();
        app.defineBudgetLine.define(new fr.conventio.application.funder.DefineBudgetLineCommand(seed.ct1(),
                app.budgetLines.findById(seed.ct1()).orElseThrow().version(), "CT1", "Budget Principal", BudgetYear.of(2023),
                Amount.of(100_000), true));
        AgreementTerms t = seed.seedTerms();
        var draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of("N1-2023"),
                t.associationId(), t.signatory(), null, BudgetYear.of(2023), t.object(), t.programme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(200_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(50_000)),
                fr.conventio.domain.agreement.PaymentTerms.standard().withAwardNotifiedOn(LocalDate.of(2023, 3, 15)))));
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(draft.agreementId(), draft.version(),
                new fr.conventio.domain.party.Deliberation("2023-01", "Bureau", LocalDate.of(2023, 2, 1)))));
        app.signAgreement.sign(new fr.conventio.application.lifecycle.SignAgreementCommand(draft.agreementId(),
                app.agreements.findById(draft.agreementId()).orElseThrow().version(), LocalDate.of(2023, 3, 10)));
        app.clock.setToday(LocalDate.of(2023, 5, 20));

        Page<Deadline> page = app.listDeadlines.list(new ListDeadlinesQuery(0, PageRequest.of(0, 100, "dueDate", true)));

        assertThat(page.content()).filteredOn(d -> d.kind() == DeadlineKind.FUNDER_PAYMENT).singleElement().satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2023, 5, 14));
            assertThat(d.overdue()).isTrue();
            assertThat(d.agreementReference()).isEqualTo("N1-2023");
        });
    }

    @Test
    void x1_the_open_data_file_lists_the_signed_grants_above_23000_of_the_year() {
        seed.signed();
        seed.payAdvance();
        AgreementTerms t = seed.seedTerms();
        var small = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of("PETITE-2020"),
                t.associationId(), t.signatory(), null, BudgetYear.of(2020), t.object(), t.programme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(23_000)), null)));
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(small.agreementId(), small.version(),
                fr.conventio.domain.agreement.AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new fr.conventio.application.lifecycle.SignAgreementCommand(small.agreementId(),
                app.agreements.findById(small.agreementId()).orElseThrow().version(), LocalDate.of(2020, 2, 10)));

        OpenDataExport export = app.exportOpenData.export(new ExportOpenDataQuery(BudgetYear.of(2020)));

        assertThat(export.rowCount()).as("23 000 € exactly is not published").isEqualTo(1);
        assertThat(export.fileName()).isEqualTo("subventions-200054807-2020.csv");
        String[] lines = export.csv().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("nomAttribuant,idAttribuant,dateConvention,referenceDecision");
        assertThat(lines[1]).startsWith("Métropole Aix-Marseille-Provence,20005480700017,2020-02-03,ECO 001-19/12/2019/BM,"
                + "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS),99999999800019,W139999999,");
        assertThat(lines[1]).contains(",80000.00,aide en numéraire,échelonné,2020-02-17,,non,1,");
    }

    @Test
    void agreements_are_searched_through_the_queries_fake() {
        seed.signed();

        var page = app.searchAgreements.search(new AgreementSearch(2020, AgreementStage.SIGNED, null, seed.paysAix(), "pôle"),
                PageRequest.of(0, 20, SearchAgreementsUseCase.SORT_REFERENCE, true));

        assertThat(page.totalElements()).isEqualTo(1);
        assertThat(page.content().getFirst().subsidy()).isEqualTo(Amount.of(80_000));
        assertThat(app.searchAgreements.count(new AgreementSearch(2021, null, null, null, null))).isZero();
    }
}
