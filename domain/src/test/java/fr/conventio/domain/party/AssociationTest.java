package fr.conventio.domain.party;

import fr.conventio.domain.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class AssociationTest {

    private Association poleScs() {
        return Association.create(AssociationId.newId(), "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)",
                PostalAddress.of("Place Paul Borde", "13790", "Rousset"),
                Representative.of(Civility.MONSIEUR, "Lionel LAPRAS", "Président"),
                null, null, FiscalYear.CALENDAR, Amount.of(1040335));
    }

    @Test
    void p2_association_with_representative_fiscal_year_and_budget_identifiers_optional() {
        Association association = poleScs();
        assertThat(association.representative().function()).isEqualTo("Président");
        assertThat(association.fiscalYear().isCalendarYear()).isTrue();
        assertThat(association.annualBudget()).isEqualTo(Amount.of(1040335));
        assertThat(association.siret()).isEmpty();
        assertThat(association.siren()).isEmpty();
        assertThat(association.rna()).isEmpty();
        assertThat(association.republicanCommitmentDate()).isEmpty();
    }

    @Test
    void p2_identifiers_registered_later_are_the_checked_ones() {
        Association association = poleScs();
        association.registerSiret(Siret.of("99999999800019"));
        association.registerRna(RnaNumber.of("w131000000"));
        assertThat(association.siren()).contains(Siren.of("999999998"));
        assertThat(association.rna()).contains(RnaNumber.of("W131000000"));
    }

    @Test
    void p2_an_invalid_siret_never_reaches_the_association() {
        Association association = poleScs();
        assertThatThrownBy(() -> association.registerSiret(Siret.of("99999999800018")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clé de contrôle");
        assertThat(association.siret()).isEmpty();
    }

    @Test
    void p2_annual_budget_must_be_positive_for_rule_o4() {
        Association association = poleScs();
        assertThatThrownBy(() -> association.declareAnnualBudget(Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("budget annuel total")
                .hasMessageContaining("strictement positif");
        assertThat(association.annualBudget()).isEqualTo(Amount.of(1040335));
        association.declareAnnualBudget(Amount.of(1100000));
        assertThat(association.annualBudget()).isEqualTo(Amount.of(1100000));
    }

    @Test
    void p2_fiscal_year_can_change_to_twelve_other_consecutive_months() {
        Association association = poleScs();
        association.changeFiscalYear(FiscalYear.starting(Month.JULY, 1));
        assertThat(association.fiscalYear().isCalendarYear()).isFalse();
    }

    @Test
    void republican_commitment_date_is_recorded() {
        Association association = poleScs();
        association.recordRepublicanCommitment(LocalDate.of(2022, 3, 1));
        assertThat(association.republicanCommitmentDate()).contains(LocalDate.of(2022, 3, 1));
    }

    @Test
    void rehydrate_restores_every_field() {
        Association original = poleScs();
        original.registerSiret(Siret.of("99999999800019"));
        original.recordRepublicanCommitment(LocalDate.of(2022, 3, 1));
        Association copy = Association.rehydrate(original.id(), original.name(), original.registeredAddress(), original.representative(),
                original.siret().orElse(null), original.rna().orElse(null), original.fiscalYear(), original.annualBudget(),
                original.republicanCommitmentDate().orElse(null));
        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void an_association_no_agreement_refers_to_may_be_deleted() {
        org.assertj.core.api.Assertions.assertThatCode(() -> poleScs().requireDeletable(0)).doesNotThrowAnyException();
    }

    @Test
    void an_association_with_agreements_is_never_deleted() {
        assertThatThrownBy(() -> poleScs().requireDeletable(1))
                .isInstanceOf(fr.conventio.domain.shared.DomainException.class)
                .hasMessage("Cette association a des conventions : elle ne peut pas être supprimée.");
    }
}
