package fr.conventio.domain.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static Dispute open() {
        return Dispute.open(DisputeId.newId(), AgreementId.newId(), "contestation du titre TR-2021-0001", LocalDate.of(2021, 10, 1));
    }

    @Test
    void l1_disputes_go_to_the_tribunal_administratif_de_marseille_by_default() {
        assertThat(open().competentCourt()).isEqualTo("Tribunal administratif de Marseille");
        assertThat(Dispute.open(DisputeId.newId(), AgreementId.newId(), "x", LocalDate.of(2021, 10, 1), "Tribunal administratif de Toulon")
                .competentCourt()).isEqualTo("Tribunal administratif de Toulon");
    }

    @Test
    void l1_referral_to_court_refused_without_an_amicable_meeting() {
        Dispute dispute = open();

        assertThatThrownBy(() -> dispute.referToCourt(LocalDate.of(2021, 11, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "L1")
                .hasMessageContaining("solution amiable");
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.closedOn()).isEmpty();
    }

    @Test
    void l1_referral_to_court_after_an_amicable_meeting() {
        Dispute dispute = open();
        dispute.recordAmicableMeeting(new AmicableMeeting(LocalDate.of(2021, 10, 20), "pas d'accord sur le montant"));

        assertThatThrownBy(() -> dispute.referToCourt(LocalDate.of(2021, 10, 19)))
                .hasFieldOrPropertyWithValue("ruleId", "L1");
        dispute.referToCourt(LocalDate.of(2021, 11, 1));

        assertThat(dispute.status()).isEqualTo(DisputeStatus.REFERRED_TO_COURT);
        assertThat(dispute.closedOn()).contains(LocalDate.of(2021, 11, 1));
        assertThatThrownBy(() -> dispute.settleAmicably(LocalDate.of(2021, 12, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("porté devant le tribunal");
    }

    @Test
    void l1_an_amicable_settlement_closes_the_dispute() {
        Dispute dispute = open();
        dispute.recordAmicableMeeting(new AmicableMeeting(LocalDate.of(2021, 10, 20), "échéancier accepté"));
        dispute.settleAmicably(LocalDate.of(2021, 10, 20));

        assertThat(dispute.status()).isEqualTo(DisputeStatus.SETTLED_AMICABLY);
        assertThat(dispute.meetings()).hasSize(1);
    }
}
