package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The operation period (D4) and the keep-unspent clause (A4) on the agreement page: summary, settlement preview, amendment. */
class OperationTermsViewTest extends AgreementPageTestBase {

    private static final DatePeriod FESTIVAL = new DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 15));

    private void signedWith(DatePeriod period, KeepUnspentClause clause) {
        seed.setUpParties();
        seed.createDraft(seed.seedTermsWith(period, clause));
        seed.approve();
        seed.sign();
    }

    @Test
    void d4_a4_the_summary_shows_the_operation_period_and_the_clause() {
        signedWith(FESTIVAL, KeepUnspentClause.rate(Rate.ofPercent(5)));
        app.clock.setToday(LocalDate.of(2020, 5, 4));
        openAs("marie.responsable", "RESPONSABLE");

        assertThat(text("summary-operation-period")).isEqualTo("du 01/03/2020 au 15/07/2020");
        assertThat(text("summary-keep-unspent")).isEqualTo("5,00" + NBSP + "% de la subvention (au plus " + euros("4 000,00") + ")");
    }

    @Test
    void d4_without_a_period_of_its_own_the_summary_says_it_is_the_budget_year() {
        signedWith(null, null);
        openAs("marie.responsable", "RESPONSABLE");

        assertThat(text("summary-operation-period")).isEqualTo("du 01/01/2020 au 31/12/2020 (l'exercice budgétaire)");
        assertThat(text("summary-keep-unspent")).isEqualTo("aucune");
    }

    @Test
    void a4_the_settlement_preview_shows_pro_rata_plus_kept() {
        signedWith(FESTIVAL, KeepUnspentClause.rate(Rate.ofPercent(5)));
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.clock.setToday(LocalDate.of(2021, 6, 15));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Liquidation");
        click("settlement-settle");
        amount("Dépenses réelles justifiées (HT)", "936 301,50");
        date("Date de liquidation", LocalDate.of(2021, 6, 15));
        submit();

        assertThat(confirmationText()).contains("pro rata " + euros("72 000,00") + " + conservé " + euros("4 000,00") + " = "
                + euros("76 000,00"), "solde à verser " + euros("12 000,00"));
        confirm();
        assertThat(details().account().finalSubsidy()).isEqualTo(Amount.of(76_000));
        assertThat(details().account().balanceDue()).isEqualTo(Amount.of(12_000));
    }

    @Test
    void m1_d4_an_amendment_of_the_period_moves_the_evaluation_meeting() {
        signedWith(FESTIVAL, null);
        app.clock.setToday(LocalDate.of(2020, 5, 4));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Avenants");
        click("amendments-create");
        type("Objet de l'avenant", "Prolongation du festival");
        _setValue(_get(dialog(), Checkbox.class, s -> s.withId("amend-change-period")), true);
        _setValue(_get(dialog(), DatePicker.class, s -> s.withId("amend-operation-end")), LocalDate.of(2020, 8, 31));
        submit();
        if (confirmationOpen()) {
            confirm();
        }

        assertThat(details().amendments().getFirst().changes()).containsExactly(ChangedElement.OPERATION_PERIOD);
        assertThat(GridKt._getFormattedRow(grid("amendments-grid"), 0).get(3)).isEqualTo("Période de l'opération");
        assertThat(details().obligations().stream().filter(o -> o.type() == ObligationType.EVALUATION_MEETING).findFirst().orElseThrow()
                .dueDate()).isEqualTo(LocalDate.of(2020, 10, 31));
    }

    @Test
    void o5_a_journal_officiel_deadline_is_said_provisional() {
        signedWith(null, null);
        openAs("marie.responsable", "RESPONSABLE");

        tab("Obligations");

        var grid = grid("obligations-grid");
        int row = details().obligations().stream().map(o -> o.type()).toList().indexOf(ObligationType.ACCOUNTS_PUBLICATION);
        assertThat(row).as("the seed's public subsidies call for O5").isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row).get(1))
                .isEqualTo("30/09/2021 (échéance provisoire : date d'approbation des comptes non renseignée)");
    }

    @Test
    void o5_once_the_general_assembly_approval_is_recorded_with_the_accounts_the_deadline_is_no_longer_provisional() {
        signedWith(null, null);
        app.clock.setToday(LocalDate.of(2021, 7, 10));
        var accounts = details().obligations().stream().filter(o -> o.type() == ObligationType.ANNUAL_ACCOUNTS).findFirst().orElseThrow();
        var document = app.documents.store("comptes-2020.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
        app.receiveEvidence.receive(new fr.conventio.application.obligation.ReceiveEvidenceCommand(accounts.id(), accounts.version(),
                document.id(), LocalDate.of(2021, 7, 5), LocalDate.of(2021, 5, 20)));
        openAs("marie.responsable", "RESPONSABLE");

        tab("Obligations");

        int row = details().obligations().stream().map(o -> o.type()).toList().indexOf(ObligationType.ACCOUNTS_PUBLICATION);
        var cells = GridKt._getFormattedRow(grid("obligations-grid"), row);
        assertThat(cells.get(1)).isEqualTo("20/08/2021");
        assertThat(cells).contains("Échéance fixée au 20/08/2021 : comptes approuvés par l'assemblée générale le 20/05/2021"
                + " (échéance précédente : 30/09/2021)");
    }
}
