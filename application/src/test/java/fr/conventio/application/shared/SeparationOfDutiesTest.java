package fr.conventio.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Separation of duties (four eyes): whoever drafted an agreement does not approve it, whoever recorded its
 * settlement does not pay its balance. Refused in the use cases, before anything is written, with a French
 * message saying who may; the agreement page does not offer the action to that person; off by setting.
 */
class SeparationOfDutiesTest {

    static final String DRAFTER = "instructeur.test";
    static final String OTHER_FINANCE = "finances.test";
    static final LocalDate SETTLED_ON = LocalDate.of(2021, 6, 15);

    @Nested
    class On {

        final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        final SeedSteps seed = new SeedSteps(app);

        @Test
        void whoever_drafted_the_agreement_may_not_approve_it_another_manager_may() {
            seed.setUpParties();
            seed.createDraft();
            assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().createdBy()).contains(DRAFTER);
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(() -> app.approveAgreement.approve(new ApproveAgreementCommand(seed.agreementId(), seed.version(),
                    AgreementFixtures.seedDeliberation())))
                    .isInstanceOf(SeparationOfDutiesException.class)
                    .hasMessage("Séparation des tâches : vous avez rédigé la convention ECO-2020-SCS ; sa délibération d'approbation"
                            + " doit être enregistrée par un autre responsable.");
            assertThat(app.snapshot()).as("nothing written").isEqualTo(before);

            seed.approve(); // as another manager
            assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().status()).isEqualTo(AgreementStatus.APPROVED);
        }

        @Test
        void the_drafter_is_not_offered_the_approval_another_manager_is() {
            seed.setUpParties();
            seed.createDraft();

            AgreementDetails forTheDrafter = details();
            assertThat(forTheDrafter.allows(AgreementAction.APPROVE)).isFalse();
            assertThat(forTheDrafter.reservedForOthers()).containsExactly(AgreementAction.APPROVE);
            assertThat(forTheDrafter.allows(AgreementAction.EDIT_DRAFT)).isTrue();

            AgreementDetails forAnotherManager = app.as(InMemoryConventio.MANAGER, this::details);
            assertThat(forAnotherManager.allows(AgreementAction.APPROVE)).isTrue();
            assertThat(forAnotherManager.reservedForOthers()).isEmpty();
        }

        @Test
        void whoever_recorded_the_settlement_may_not_pay_the_balance_another_finance_officer_may() {
            settledByTheCurrentUser();
            assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().settlement()
                    .flatMap(Settlement::settledByIfKnown)).contains(DRAFTER);
            Map<String, Object> before = app.snapshot();

            assertThatThrownBy(this::payTheBalance)
                    .isInstanceOf(SeparationOfDutiesException.class)
                    .hasMessage("Séparation des tâches : vous avez enregistré la liquidation de la convention ECO-2020-SCS ; son solde"
                            + " doit être versé par un autre agent du service financier.");
            assertThat(app.snapshot()).as("nothing written").isEqualTo(before);

            app.as(OTHER_FINANCE, this::payTheBalance);
            assertThat(details().stage()).isEqualTo(AgreementStage.BALANCE_PAID);
        }

        @Test
        void the_settler_is_not_offered_the_balance_another_finance_officer_is() {
            settledByTheCurrentUser();

            AgreementDetails forTheSettler = details();
            assertThat(forTheSettler.allows(AgreementAction.RECORD_BALANCE)).isFalse();
            assertThat(forTheSettler.reservedForOthers()).containsExactly(AgreementAction.RECORD_BALANCE);

            AgreementDetails forAnother = app.as(OTHER_FINANCE, this::details);
            assertThat(forAnother.allows(AgreementAction.RECORD_BALANCE)).isTrue();
            assertThat(forAnother.reservedForOthers()).isEmpty();
        }

        @Test
        void an_advance_is_not_concerned_whoever_drafted_and_approved() {
            seed.signed();
            seed.payAdvance(); // by the drafter: only the balance is reserved to someone other than the settler
            assertThat(details().totalPaid()).isEqualTo(Amount.of(64_000));
        }

        private void settledByTheCurrentUser() {
            seed.signed();
            seed.payAdvance();
            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
            app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"), SETTLED_ON));
        }

        private Object payTheBalance() {
            return app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                    List.of(new LineCharge(seed.ct1(), Amount.of(3_000)), new LineCharge(seed.paysAix(), Amount.of(5_000))),
                    LocalDate.of(2021, 6, 30), null));
        }

        private AgreementDetails details() {
            return app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
        }
    }

    @Nested
    class Off {

        final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6), SeparationOfDuties.OFF);
        final SeedSteps seed = new SeedSteps(app);

        @Test
        void the_drafter_may_approve_and_the_settler_may_pay_the_balance() {
            seed.setUpParties();
            seed.createDraft();
            AgreementDetails draft = app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
            assertThat(draft.allows(AgreementAction.APPROVE)).isTrue();
            assertThat(draft.reservedForOthers()).isEmpty();

            app.approveAgreement.approve(new ApproveAgreementCommand(seed.agreementId(), seed.version(), AgreementFixtures.seedDeliberation()));
            seed.sign();
            seed.payAdvance();
            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
            app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"), SETTLED_ON));
            app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                    List.of(new LineCharge(seed.ct1(), Amount.of(3_000)), new LineCharge(seed.paysAix(), Amount.of(5_000))),
                    LocalDate.of(2021, 6, 30), null));

            assertThat(app.getAgreement.get(new GetAgreementQuery(seed.agreementId())).stage()).isEqualTo(AgreementStage.BALANCE_PAID);
        }
    }

    @Test
    void nothing_is_refused_when_the_author_is_unknown_or_another_user() {
        Agreement unknownAuthor = Agreement.rehydrate(AgreementFixtures.SEED_AGREEMENT_ID, AgreementFixtures.seedAgreement().reference(),
                AgreementFixtures.SEED_FUNDER_ID, AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(),
                AgreementFixtures.seedRepresentative(), AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(),
                AgreementFixtures.seedPaymentTerms(), AgreementStatus.DRAFT, null, null, null, List.of(), List.of(), List.of(), null, null,
                null, null);
        assertThat(SeparationOfDuties.ENFORCED.mayApprove(unknownAuthor, DRAFTER)).isTrue();
        assertThat(SeparationOfDuties.ENFORCED.mayPayBalance(unknownAuthor, DRAFTER)).isTrue();

        Agreement drafted = AgreementFixtures.seedAgreement(); // drafted by "instructeur"
        assertThat(SeparationOfDuties.ENFORCED.mayApprove(drafted, "Instructeur ")).as("logins compare as the user store does").isFalse();
        assertThat(SeparationOfDuties.ENFORCED.mayApprove(drafted, "responsable")).isTrue();
        assertThat(SeparationOfDuties.OFF.mayApprove(drafted, "instructeur")).isTrue();
    }
}
