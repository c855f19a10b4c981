package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** O4 and D3 on the association's annual total from this funder, across its agreements of the year. */
class AnnualSubsidiesTest {

    private static final AssociationId ASSOCIATION = AssociationId.newId();
    private static final BudgetYear YEAR = BudgetYear.of(2020);
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);
    private static final Amount LARGE_BUDGET = Amount.of(1_040_335);

    private static AnnualSubsidies granted(AgreementId id, long euros) {
        return AnnualSubsidies.none(ASSOCIATION, YEAR).with(id, Amount.of(euros));
    }

    @Test
    void o4_total_counts_every_agreement_of_the_year_once() {
        AgreementId first = AgreementId.newId();
        AgreementId second = AgreementId.newId();
        AnnualSubsidies annual = granted(first, 50_000).with(second, Amount.of(30_000));
        assertThat(annual.total()).isEqualTo(Amount.of(80_000));
        assertThat(annual.with(second, Amount.of(45_000)).total()).isEqualTo(Amount.of(95_000));
        assertThat(annual.includes(first)).isTrue();
        assertThat(AnnualSubsidies.none(ASSOCIATION, YEAR).total()).isEqualTo(Amount.ZERO);
    }

    @Test
    void o4_an_agreement_counts_once_signed_whatever_happened_since() {
        assertThat(AnnualSubsidies.counts(AgreementStatus.DRAFT)).isFalse();
        assertThat(AnnualSubsidies.counts(AgreementStatus.APPROVED)).isFalse();
        assertThat(List.of(AgreementStatus.SIGNED, AgreementStatus.SUSPENDED, AgreementStatus.SETTLED, AgreementStatus.CLOSED,
                AgreementStatus.TERMINATED)).allMatch(AnnualSubsidies::counts);
    }

    @Test
    void o4_an_agreement_is_listed_once() {
        AgreementId id = AgreementId.newId();
        assertThatThrownBy(() -> new AnnualSubsidies(ASSOCIATION, YEAR, List.of(new AnnualSubsidies.Share(id, Amount.of(1)),
                new AnnualSubsidies.Share(id, Amount.of(2))))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void o4_50000_then_30000_the_same_year_is_80000_above_75000_and_the_first_gains_o4() {
        AgreementId first = AgreementId.newId();
        AnnualSubsidies afterFirst = granted(first, 50_000);
        assertThat(ObligationSchedule.requiresCertifiedAccounts(afterFirst, LARGE_BUDGET)).isFalse();

        AnnualSubsidies afterSecond = afterFirst.with(AgreementId.newId(), Amount.of(30_000));
        assertThat(ObligationSchedule.requiresCertifiedAccounts(afterSecond, LARGE_BUDGET)).isTrue();

        Optional<Obligation> added = ObligationSchedule.certifiedAccountsToAdd(first, YEAR_END, afterSecond, LARGE_BUDGET,
                List.of(ObligationType.INSURANCE_CERTIFICATE, ObligationType.ANNUAL_ACCOUNTS));
        assertThat(added).hasValueSatisfying(o -> {
            assertThat(o.agreementId()).isEqualTo(first);
            assertThat(o.type()).isEqualTo(ObligationType.CERTIFIED_ACCOUNTS);
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
            assertThat(o.status()).isEqualTo(ObligationStatus.PENDING);
            assertThat(o.addedReason()).hasValue("Obligation ajoutée : comptes annuels certifiés conformes par le président"
                    + " — le total annuel des subventions de la collectivité atteint 80 000,00 €");
        });
    }

    @Test
    void o4_an_agreement_that_already_has_it_gains_nothing() {
        AgreementId first = AgreementId.newId();
        AnnualSubsidies annual = granted(first, 80_000).with(AgreementId.newId(), Amount.of(15_000));
        assertThat(ObligationSchedule.certifiedAccountsToAdd(first, YEAR_END, annual, LARGE_BUDGET,
                List.of(ObligationType.CERTIFIED_ACCOUNTS))).isEmpty();
        assertThat(ObligationSchedule.certificationReason(annual, LARGE_BUDGET)).endsWith("atteint 95 000,00 €");
    }

    @Test
    void o4_40000_and_30000_is_70000_with_a_budget_of_200000_no_o4() {
        AnnualSubsidies annual = granted(AgreementId.newId(), 40_000).with(AgreementId.newId(), Amount.of(30_000));
        assertThat(annual.total()).isEqualTo(Amount.of(70_000));
        assertThat(ObligationSchedule.requiresCertifiedAccounts(annual, Amount.of(200_000))).isFalse();
        assertThat(ObligationSchedule.certifiedAccountsToAdd(annual.amounts().getFirst().agreementId(), YEAR_END, annual,
                Amount.of(200_000), List.of())).isEmpty();
    }

    @Test
    void o4_40000_with_an_association_budget_of_70000_is_57_percent_o4_on_the_first_alone() {
        AgreementId first = AgreementId.newId();
        AnnualSubsidies annual = granted(first, 40_000);
        assertThat(ObligationSchedule.requiresCertifiedAccounts(annual, Amount.of(70_000))).isTrue();
        assertThat(ObligationSchedule.certificationReason(annual, Amount.of(70_000))).isEqualTo("Obligation ajoutée : comptes annuels"
                + " certifiés conformes par le président — le total annuel des subventions de la collectivité atteint 40 000,00 €,"
                + " plus de la moitié du budget total de l'association (70 000,00 €)");
    }

    @Test
    void o4_the_seed_80000_triggers_it_alone() {
        assertThat(ObligationSchedule.requiresCertifiedAccounts(granted(AgreementId.newId(), 80_000), LARGE_BUDGET)).isTrue();
    }

    @Test
    void o4_an_obligation_added_after_signature_says_why() {
        assertThatThrownBy(() -> Obligation.added(fr.conventio.domain.obligation.ObligationId.newId(), AgreementId.newId(),
                ObligationType.CERTIFIED_ACCOUNTS, YEAR_END, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Obligation.added(fr.conventio.domain.obligation.ObligationId.newId(), AgreementId.newId(),
                ObligationType.CERTIFIED_ACCOUNTS, YEAR_END, "  ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void d3_a_second_subsidy_below_23000_is_mandatory_when_the_annual_total_exceeds_it() {
        AnnualSubsidies others = granted(AgreementId.newId(), 20_000);
        AgreementRequirement requirement = AgreementThreshold.requirementFor(Amount.of(10_000), others);
        assertThat(requirement.mandatory()).isTrue();
        assertThat(requirement.explanation()).isEqualTo("La subvention de 10 000,00 € ne dépasse pas 23 000,00 €, mais le total"
                + " annuel des subventions de la collectivité à l'association atteint 30 000,00 € : une convention est obligatoire"
                + " (décret n° 2001-495 du 6 juin 2001, montant annuel).");
    }

    @Test
    void d3_an_annual_total_of_exactly_23000_needs_no_agreement() {
        AgreementRequirement requirement = AgreementThreshold.requirementFor(Amount.of(3_000), granted(AgreementId.newId(), 20_000));
        assertThat(requirement.mandatory()).isFalse();
        assertThat(requirement.explanation()).contains("atteint 23 000,00 €").contains("aucune convention n'est exigée");
    }

    @Test
    void d3_alone_the_subsidy_decides_as_before() {
        assertThat(AgreementThreshold.requirementFor(Amount.of(23_000), AnnualSubsidies.none(ASSOCIATION, YEAR)))
                .isEqualTo(AgreementThreshold.requirementFor(Amount.of(23_000)));
        assertThat(AgreementThreshold.requirementFor(Amount.of(30_000), granted(AgreementId.newId(), 5_000)).mandatory()).isTrue();
    }
}
