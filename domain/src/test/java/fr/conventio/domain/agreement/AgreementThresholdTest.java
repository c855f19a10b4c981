package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.shared.Amount;
import org.junit.jupiter.api.Test;

class AgreementThresholdTest {

    @Test
    void d3_seed_subsidy_of_80000_needs_an_agreement() {
        AgreementRequirement requirement = AgreementThreshold.requirementFor(Amount.of(80000));
        assertThat(requirement.mandatory()).isTrue();
        assertThat(requirement.explanation()).contains("80 000,00 €", "dépasse 23 000,00 €", "convention est obligatoire", "2001-495");
    }

    @Test
    void d3_23000_exactly_needs_no_agreement() {
        assertThat(AgreementThreshold.isAgreementMandatory(Amount.of("23000.00"))).isFalse();
        AgreementRequirement requirement = AgreementThreshold.requirementFor(Amount.of(23000));
        assertThat(requirement.mandatory()).isFalse();
        assertThat(requirement.subsidy()).isEqualTo(Amount.of(23000));
        assertThat(requirement.explanation()).contains("ne dépasse pas 23 000,00 €", "aucune convention n'est exigée", "néanmoins enregistrée");
    }

    @Test
    void d3_one_cent_above_23000_needs_an_agreement() {
        assertThat(AgreementThreshold.isAgreementMandatory(Amount.of("23000.01"))).isTrue();
    }

    @Test
    void d3_small_grant_needs_no_agreement() {
        assertThat(AgreementThreshold.isAgreementMandatory(Amount.of(1500))).isFalse();
    }
}
