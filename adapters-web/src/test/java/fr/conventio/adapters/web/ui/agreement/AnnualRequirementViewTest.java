package fr.conventio.adapters.web.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.Test;

/** D3 on the agreement page's summary: the notice is decided on the association's annual total from the funder. */
class AnnualRequirementViewTest extends AgreementPageTestBase {

    private AgreementTerms terms(String reference, long euros) {
        AgreementTerms t = seed.seedTerms();
        return new AgreementTerms(AgreementReference.of(reference), t.associationId(), t.signatory(), null, t.budgetYear(), t.object(),
                t.programme(), ForecastBudget.ofEligibleExpenses(Amount.of(euros * 10)), Subsidy.onSingleLine(seed.ct1(), Amount.of(euros)),
                t.paymentTerms());
    }

    private void signOther(String reference, long euros) {
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms(reference, euros)));
        AgreementId id = draft.agreementId();
        app.as(SeedSteps.MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(id,
                app.agreements.findById(id).orElseThrow().version(), AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new SignAgreementCommand(id, app.agreements.findById(id).orElseThrow().version(),
                AgreementFixtures.SIGNATURE_DATE));
    }

    @Test
    void d3_below_23000_alone_the_summary_says_no_agreement_is_required() {
        seed.setUpParties();
        seed.createDraft(terms("PETITE-2020", 10_000));
        seed.approve();
        seed.sign();

        openAs("marie.responsable", "RESPONSABLE");

        assertThat(text("summary-requirement")).startsWith("La subvention de 10 000,00 € ne dépasse pas 23 000,00 € : aucune convention"
                + " n'est exigée");
    }

    @Test
    void d3_another_agreement_of_the_year_brings_the_annual_total_over_23000_and_the_summary_says_so() {
        seed.setUpParties();
        signOther("PREMIERE-2020", 15_000);
        seed.createDraft(terms("SECONDE-2020", 10_000));
        seed.approve();
        seed.sign();

        openAs("marie.responsable", "RESPONSABLE");

        assertThat(text("summary-requirement")).isEqualTo("La subvention de 10 000,00 € ne dépasse pas 23 000,00 €, mais le total annuel"
                + " des subventions de la collectivité à l'association atteint 25 000,00 € : une convention est obligatoire"
                + " (décret n° 2001-495 du 6 juin 2001, montant annuel).");
    }
}
