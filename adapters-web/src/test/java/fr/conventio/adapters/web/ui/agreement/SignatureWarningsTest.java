package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/**
 * B4 said early: the page of a draft, and the approval and signature dialogs, warn when the budget lines could not
 * commit the subsidy at signature (the lines' own check), and say nothing when they could.
 */
class SignatureWarningsTest extends AgreementPageTestBase {

    /** CT1's 2020 envelope brought down to 10 000 €, below the seed's 30 000 € share on it. */
    private void envelopeOfCt1Short() {
        Versioned<BudgetLine> ct1 = app.budgetLines.findById(seed.ct1()).orElseThrow();
        ct1.value().setEnvelope(AgreementFixtures.YEAR_2020, Amount.of(10_000));
        app.budgetLines.save(ct1);
    }

    private static String warning(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void b4_a_draft_whose_line_is_short_is_warned_on_its_page_and_in_the_approval_dialog() {
        seed.setUpParties();
        seed.createDraft();
        envelopeOfCt1Short();
        openAs("marie.responsable", "RESPONSABLE");

        assertThat(warning("summary-signature-warning")).contains("La signature de cette convention sera refusée en l'état",
                "CT1", "il dépasse le disponible", "Administration");
        click("action-approve");
        assertThat(warning("approve-signature-warning")).contains("CT1", "il dépasse le disponible");
    }

    @Test
    void b4_no_warning_when_the_lines_can_commit_the_split() {
        seed.setUpParties();
        seed.createDraft();
        openAs("marie.responsable", "RESPONSABLE");

        assertThat(_find(Div.class, spec -> spec.withId("summary-signature-warning"))).isEmpty();
        click("action-approve");
        assertThat(_find(Div.class, spec -> spec.withId("approve-signature-warning"))).isEmpty();
    }
}
