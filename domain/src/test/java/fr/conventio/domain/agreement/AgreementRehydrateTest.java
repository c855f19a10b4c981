package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class AgreementRehydrateTest {

    private static Agreement copyOf(Agreement a) {
        return Agreement.rehydrate(a.id(), a.reference(), a.funderId(), a.associationId(), a.signatory(), a.representative(),
                a.budgetYear(), a.object(), a.programme(), a.forecastBudget(), a.subsidy(), a.paymentTerms(), a.status(),
                a.deliberation().orElse(null), a.signatureDate().orElse(null), a.versions().isEmpty() ? null : a.versions().getFirst(),
                a.amendments(), a.thirdPartyDelegations(), a.suspensions(), a.settlement().orElse(null), a.closedOn().orElse(null),
                a.termination().orElse(null), a.createdBy().orElse(null));
    }

    @Test
    void rehydrate_restores_a_draft() {
        Agreement draft = AgreementFixtures.seedAgreement();
        assertThat(copyOf(draft)).usingRecursiveComparison().isEqualTo(draft);
    }

    @Test
    void rehydrate_restores_an_amended_suspended_agreement_and_it_keeps_working() {
        Agreement agreement = AgreementFixtures.signedSeedAgreement();
        agreement.recordThirdPartyDelegation("Conférence confiée à une agence", LocalDate.of(2020, 3, 2));
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 4, 1), "Réduction")
                .withSubsidy(Subsidy.onSingleLine(AgreementFixtures.CT1_LINE_ID, Amount.of(70000))));
        agreement.suspend("Retard", LocalDate.of(2020, 5, 1));

        Agreement copy = copyOf(agreement);
        assertThat(copy).usingRecursiveComparison().isEqualTo(agreement);
        copy.resume(LocalDate.of(2020, 6, 1));
        // 90 % of the forecast expenses spent: 63 000,00 € of the amended 70 000,00 €
        copy.markSettled(SettlementPolicy.settle(copy.subsidy().votedAmount(), copy.forecastBudget().eligibleExpenses(),
                Amount.of("936301.50"), Amount.ZERO), LocalDate.of(2021, 6, 30), "responsable");
        assertThat(copy.settlement()).contains(new Settlement(Amount.of(63000), LocalDate.of(2021, 6, 30), Amount.of("936301.50"),
                Amount.of(70000), "responsable"));
        assertThat(copyOf(copy)).usingRecursiveComparison().isEqualTo(copy);
        copy.close(LocalDate.of(2021, 7, 1));
        assertThat(copyOf(copy)).usingRecursiveComparison().isEqualTo(copy);
    }

    @Test
    void rehydrate_refuses_a_signed_status_without_signature_date() {
        Agreement a = AgreementFixtures.approvedSeedAgreement();
        assertThatThrownBy(() -> Agreement.rehydrate(a.id(), a.reference(), a.funderId(), a.associationId(), a.signatory(),
                a.representative(), a.budgetYear(), a.object(), a.programme(), a.forecastBudget(), a.subsidy(), a.paymentTerms(),
                AgreementStatus.SIGNED, a.deliberation().orElseThrow(), null, null, List.of(), List.of(), List.of(), null, null, null, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("données incohérentes")
                .hasMessageContaining("signature");
    }

    @Test
    void rehydrate_refuses_current_terms_that_differ_from_the_last_version() {
        Agreement a = AgreementFixtures.signedSeedAgreement();
        assertThatThrownBy(() -> Agreement.rehydrate(a.id(), a.reference(), a.funderId(), a.associationId(), a.signatory(),
                a.representative(), a.budgetYear(), a.object(), a.programme(), a.forecastBudget(),
                Subsidy.onSingleLine(AgreementFixtures.CT1_LINE_ID, Amount.of(1000)), a.paymentTerms(),
                AgreementStatus.SIGNED, a.deliberation().orElseThrow(), a.signatureDate().orElseThrow(), a.versions().getFirst(),
                List.of(), List.of(), List.of(), null, null, null, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dernière version");
    }
}
