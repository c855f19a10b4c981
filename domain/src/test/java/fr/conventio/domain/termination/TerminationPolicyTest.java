package fr.conventio.domain.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TerminationPolicyTest {

    private static final FormalNotice NOTICE = FormalNotice.send(LocalDate.of(2020, 3, 15), "RAR 1A 123 456 7890 1",
            "programme d'actions non exécuté", Party.FUNDER);

    private static TerminationRequest request(TerminationGround ground, Party by, LocalDate effective, FormalNotice notice,
                                              RestitutionMode restitution, Amount received) {
        return new TerminationRequest(AgreementStatus.SIGNED, ground, by, effective, notice, restitution, Amount.of(80_000),
                BudgetYear.of(2020).period(), received);
    }

    private static TerminationRequest breach(LocalDate effective, RestitutionMode restitution) {
        return request(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, effective, NOTICE, restitution, Amount.of(64_000));
    }

    @Test
    void t1_termination_for_breach_from_one_month_after_the_notice() {
        TerminationOutcome outcome = TerminationPolicy.decide(breach(LocalDate.of(2020, 4, 15), RestitutionMode.NONE));

        assertThat(outcome.effectiveDate()).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(outcome.ground()).isEqualTo(TerminationGround.BREACH_AFTER_NOTICE);
        assertThat(outcome.amountKept()).isEqualTo(Amount.of(64_000));
        assertThat(outcome.amountToRestitute()).isEqualTo(Amount.ZERO);
        assertThat(outcome.recoveryClaim()).isEmpty();
    }

    @Test
    void t1_termination_before_the_notice_period_is_refused_with_the_earliest_date() {
        TerminationRequest early = breach(LocalDate.of(2020, 4, 14), RestitutionMode.PRO_RATA_TEMPORIS);

        assertThatThrownBy(() -> TerminationPolicy.decide(early))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "T1")
                .hasMessageContaining("un mois après la mise en demeure du 15/03/2020, soit à partir du 15/04/2020 (date d'effet demandée : 14/04/2020)");
    }

    @Test
    void t1_no_termination_for_breach_without_notice_or_after_a_remedy() {
        assertThatThrownBy(() -> TerminationPolicy.decide(request(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                LocalDate.of(2020, 6, 1), null, RestitutionMode.NONE, Amount.of(64_000))))
                .hasFieldOrPropertyWithValue("ruleId", "T1")
                .hasMessageContaining("exige une mise en demeure");
        assertThatThrownBy(() -> TerminationPolicy.decide(request(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                LocalDate.of(2020, 6, 1), NOTICE.remediedOn(LocalDate.of(2020, 4, 2)), RestitutionMode.NONE, Amount.of(64_000))))
                .hasFieldOrPropertyWithValue("ruleId", "T1")
                .hasMessageContaining("suivie d'effet le 02/04/2020");
    }

    @Test
    void t1_either_party_terminates_with_its_own_notice() {
        FormalNotice byAssociation = FormalNotice.send(LocalDate.of(2020, 3, 15), "RAR 2", "avance non versée", Party.ASSOCIATION);

        TerminationOutcome outcome = TerminationPolicy.decide(request(TerminationGround.BREACH_AFTER_NOTICE, Party.ASSOCIATION,
                LocalDate.of(2020, 5, 1), byAssociation, RestitutionMode.NONE, Amount.ZERO));
        assertThat(outcome.initiatedBy()).isEqualTo(Party.ASSOCIATION);

        assertThatThrownBy(() -> TerminationPolicy.decide(request(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                LocalDate.of(2020, 5, 1), byAssociation, RestitutionMode.NONE, Amount.ZERO)))
                .hasFieldOrPropertyWithValue("ruleId", "T1")
                .hasMessageContaining("adressée par l'association");
    }

    @Test
    void t2_dissolution_liquidation_or_competence_terminate_at_once_by_the_funder_only() {
        for (TerminationGround ground : new TerminationGround[] {TerminationGround.DISSOLUTION, TerminationGround.LIQUIDATION,
                TerminationGround.OUT_OF_COMPETENCE}) {
            TerminationOutcome outcome = TerminationPolicy.decide(request(ground, Party.FUNDER, LocalDate.of(2020, 3, 16), null,
                    RestitutionMode.NONE, Amount.of(64_000)));
            assertThat(outcome.effectiveDate()).isEqualTo(LocalDate.of(2020, 3, 16));

            assertThatThrownBy(() -> TerminationPolicy.decide(request(ground, Party.ASSOCIATION, LocalDate.of(2020, 3, 16), null,
                    RestitutionMode.NONE, Amount.of(64_000))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("ruleId", "T2")
                    .hasMessageContaining("seul le financeur");
        }
    }

    @Test
    void t3_pro_rata_temporis_restitution_on_1_july_2020() {
        TerminationOutcome outcome = TerminationPolicy.decide(breach(LocalDate.of(2020, 7, 1), RestitutionMode.PRO_RATA_TEMPORIS));

        assertThat(BudgetYear.of(2020).period().days()).isEqualTo(366);
        assertThat(BudgetYear.of(2020).period().daysElapsedBefore(LocalDate.of(2020, 7, 1))).isEqualTo(182);
        assertThat(outcome.amountKept()).isEqualTo(Amount.of("39781.42"));
        assertThat(outcome.amountToRestitute()).isEqualTo(Amount.of("24218.58"));
        assertThat(outcome.recoveryClaim()).contains(new RecoveryClaim(RecoveryGround.TERMINATION_RESTITUTION, Amount.of("24218.58")));
    }

    @Test
    void t3_pro_rata_when_less_was_received_than_kept_owes_nothing() {
        TerminationOutcome outcome = TerminationPolicy.decide(request(TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER,
                LocalDate.of(2020, 7, 1), NOTICE, RestitutionMode.PRO_RATA_TEMPORIS, Amount.of(30_000)));

        assertThat(outcome.amountKept()).isEqualTo(Amount.of("39781.42"));
        assertThat(outcome.amountToRestitute()).isEqualTo(Amount.ZERO);
    }

    @Test
    void t3_full_restitution_gives_back_everything_received() {
        TerminationOutcome outcome = TerminationPolicy.decide(breach(LocalDate.of(2020, 7, 1), RestitutionMode.FULL));

        assertThat(outcome.amountKept()).isEqualTo(Amount.ZERO);
        assertThat(outcome.amountToRestitute()).isEqualTo(Amount.of(64_000));
    }

    @Test
    void t3_restitution_only_on_the_associations_serious_breach() {
        assertThatThrownBy(() -> TerminationPolicy.decide(request(TerminationGround.DISSOLUTION, Party.FUNDER,
                LocalDate.of(2020, 7, 1), null, RestitutionMode.FULL, Amount.of(64_000))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "T3");
    }

    @Test
    void only_a_running_agreement_can_be_terminated() {
        TerminationRequest onDraft = new TerminationRequest(AgreementStatus.CLOSED, TerminationGround.DISSOLUTION, Party.FUNDER,
                LocalDate.of(2020, 7, 1), null, RestitutionMode.NONE, Amount.of(80_000), BudgetYear.of(2020).period(), Amount.ZERO);

        assertThatThrownBy(() -> TerminationPolicy.decide(onDraft))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("la convention est clôturée");
    }
}
