package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InstalmentScheduleTest {

    private static final InstalmentSchedule SEED = InstalmentSchedule.of(Instalment.atSignature(Amount.of(32000)),
            Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)), Instalment.balance(Amount.of(16000)));

    @Test
    void v5_the_seed_schedule_adds_up_to_80000_and_its_last_instalment_is_the_balance_of_16000() {
        assertThat(SEED.total()).isEqualTo(Amount.of(80000));
        assertThat(SEED.balancePart()).isEqualTo(Amount.of(16000));
        SEED.requireAddsUpTo(Amount.of(80000));
    }

    @Test
    void v5_a_schedule_adding_up_to_79999_99_is_refused_naming_the_gap() {
        InstalmentSchedule short1 = InstalmentSchedule.of(Instalment.atSignature(Amount.of("31999.99")),
                Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)), Instalment.balance(Amount.of(16000)));
        assertThatThrownBy(() -> short1.requireAddsUpTo(Amount.of(80000)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("79 999,99 €").hasMessageContaining("il manque 0,01 €");
    }

    @Test
    void v5_from_2_to_12_instalments_positive_amounts_dates_in_order_last_is_the_balance() {
        assertThatThrownBy(() -> InstalmentSchedule.of(Instalment.balance(Amount.of(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("de 2 à 12");
        assertThatThrownBy(() -> new InstalmentSchedule(java.util.Collections.nCopies(13, Instalment.atSignature(Amount.of(1)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("il en compte 13");
        assertThatThrownBy(() -> Instalment.atSignature(Amount.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("supérieur à 0,00 €");
        assertThatThrownBy(() -> InstalmentSchedule.of(Instalment.on(Amount.of(1), LocalDate.of(2020, 6, 1)),
                Instalment.on(Amount.of(1), LocalDate.of(2020, 5, 1)), Instalment.balance(Amount.of(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ne vient pas après le précédent");
        assertThatThrownBy(() -> InstalmentSchedule.of(Instalment.atSignature(Amount.of(1)), Instalment.atSignature(Amount.of(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("le dernier versement de l'échéancier est le solde");
        assertThatThrownBy(() -> InstalmentSchedule.of(Instalment.balance(Amount.of(1)), Instalment.balance(Amount.of(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("seul le dernier");
        assertThatThrownBy(() -> new Instalment(Amount.of(1), InstalmentCondition.DATE, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("doit indiquer cette date");
    }

    @Test
    void v5_a_draft_refuses_terms_whose_instalments_do_not_add_up_to_its_subsidy() {
        Agreement draft = AgreementFixtures.seedAgreement();
        InstalmentSchedule wrong = InstalmentSchedule.of(Instalment.atSignature(Amount.of(40000)), Instalment.balance(Amount.of(30000)));
        assertThatThrownBy(() -> draft.changePaymentTerms(draft.paymentTerms().withInstalments(wrong)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("il manque 10 000,00 €");
        draft.changePaymentTerms(draft.paymentTerms().withInstalments(SEED));
        assertThat(draft.paymentTerms().mode()).isEqualTo(PaymentTerms.Mode.INSTALMENTS);
        assertThat(draft.paymentTerms().setsOwnPaymentSchedule()).isTrue();
    }

    @Test
    void v5_an_amendment_changing_the_subsidy_needs_a_schedule_that_adds_up() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        agreement.changePaymentTerms(agreement.paymentTerms().withInstalments(SEED));
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        Subsidy lower = Subsidy.of(Amount.of(70000),
                SubsidyAllocation.of(AgreementFixtures.CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30000)),
                SubsidyAllocation.of(AgreementFixtures.PAYS_AIX_LINE_ID, "Territoire du Pays d'Aix", Amount.of(40000)));
        LocalDate june = LocalDate.of(2020, 6, 15);

        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(june, "Réduction").withSubsidy(lower)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("il y a 10 000,00 € de trop");

        InstalmentSchedule amended = InstalmentSchedule.of(Instalment.atSignature(Amount.of(32000)),
                Instalment.on(Amount.of(30000), LocalDate.of(2020, 6, 1)), Instalment.balance(Amount.of(8000)));
        agreement.amend(AmendmentRequest.of(june, "Réduction").withSubsidy(lower)
                .withPaymentTerms(agreement.paymentTerms().withInstalments(amended)));
        assertThat(agreement.paymentTerms().instalments()).contains(amended);
    }
}
