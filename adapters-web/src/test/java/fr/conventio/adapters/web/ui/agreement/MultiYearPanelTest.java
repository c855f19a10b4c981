package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D5 on the agreement page: a draft made a 3-year CPO, signed, its year 2 confirmed, both yearly agreements shown. */
class MultiYearPanelTest extends AgreementPageTestBase {

    private AgreementView openWithYears(String login, String role) {
        openAs(login, role);
        view.multiYear(app.getMultiYearPlan, app.planMultiYearAgreement, app.confirmAgreementYear);
        view.reload();
        return view;
    }

    private String panel() {
        return _get(Div.class, spec -> spec.withId("multiyear-panel")).getElement().getTextRecursively();
    }

    private void open2021Budget() {
        for (var line : List.of(seed.ct1(), seed.paysAix())) {
            var stored = app.budgetLines.findById(line).orElseThrow();
            BudgetLine l = stored.value();
            app.defineBudgetLine.define(new DefineBudgetLineCommand(line, stored.version(), l.code(), l.label(), BudgetYear.of(2021),
                    Amount.of(500_000), true));
        }
    }

    @Test
    void d5_a_draft_made_a_three_year_cpo_then_year_two_confirmed_shows_both_yearly_agreements() {
        seed.setUpParties();
        seed.createDraft();
        openWithYears("ines.instructrice", "INSTRUCTEUR");
        assertThat(panel()).contains("Convention annuelle");

        click("action-plan-years");
        choose(Select.class, "Durée", 3);
        for (int year : List.of(2021, 2022)) {
            amount("Budget Principal Métropolitain (CT1) (" + year + ")", "30 000");
            amount("Territoire du Pays d'Aix (" + year + ")", "45 000,50");
        }
        submit();
        assertThat(lastNotification()).isEqualTo("Convention pluriannuelle de 3 exercices enregistrée.");
        assertThat(panel()).contains("Convention pluriannuelle : 3 exercices, de 2020 à 2022",
                "Année 1 — exercice 2020 : " + euros("80 000,00") + " (engagée à la signature)",
                "Année 2 — exercice 2021 : " + euros("75 000,50") + " (à confirmer)",
                "à confirmer : " + euros("150 001,00"));

        seed.approve();
        seed.sign();
        open2021Budget();
        app.clock.setToday(LocalDate.of(2021, 1, 20));
        app.currentUser.actAs(InMemoryConventio.MANAGER);
        openWithYears("marie.responsable", "RESPONSABLE");
        click("action-confirm-year");
        date("Date de confirmation", LocalDate.of(2021, 1, 20));
        submit();
        assertThat(confirmationText()).contains("2021", "ECO-2020-SCS", "20/01/2021", "notification annuelle", euros("75 000,50"));
        confirm();

        assertThat(lastNotification()).isEqualTo("Exercice 2021 confirmé le 20/01/2021 : sa convention est signée.");
        assertThat(panel()).contains("Année 1 — exercice 2020 : " + euros("80 000,00") + " (confirmée)",
                "Année 2 — exercice 2021 : " + euros("75 000,50") + " (confirmée)", "par notification annuelle du 20/01/2021",
                "Année 3 — exercice 2022 : " + euros("75 000,50") + " (à confirmer)");
        Anchor award = _get(Anchor.class, spec -> spec.withId("multiyear-link-2"));
        assertThat(award.getText()).isEqualTo("ECO-2020-SCS-A2");
        assertThat(app.agreements.findSameReference(fr.conventio.domain.agreement.AgreementReference.of("ECO-2020-SCS-A2"))).isPresent();
    }
}
