package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.party.PostalAddress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class TextLimitsTest {

    @Test
    void a_text_longer_than_its_limit_is_refused_naming_the_field_the_limit_and_the_length_received() {
        String megabyte = "x".repeat(1_048_576);

        assertThatThrownBy(() -> TextLimits.check("motif de rejet", megabyte, TextLimits.REASON))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("motif de rejet: 2 000 caractères au plus (reçu 1 048 576)");
        assertThat(TextLimits.check("motif de rejet", "x".repeat(2_000), TextLimits.REASON)).hasSize(2_000);
        assertThat(TextLimits.check("motif de rejet", null, TextLimits.REASON)).isNull();
    }

    @Test
    void characters_are_counted_as_code_points_like_postgresql_does() {
        String emoji = "\uD83D\uDE00";   // one character, two UTF-16 units

        assertThat(TextLimits.length(emoji.repeat(3))).isEqualTo(3);
        assertThat(TextLimits.fits(emoji.repeat(30), TextLimits.CODE)).isTrue();
        assertThat(TextLimits.fits(emoji.repeat(31), TextLimits.CODE)).isFalse();
    }

    @Test
    void the_domain_values_refuse_an_over_long_text_before_anything_else_can_use_it() {
        assertThatThrownBy(() -> AgreementObject.of("o".repeat(10_001)))
                .hasMessage("objet de la convention (objectifs généraux): 10 000 caractères au plus (reçu 10 001)");
        assertThatThrownBy(() -> PostalAddress.of("a".repeat(201), "13007", "Marseille"))
                .hasMessage("adresse (ligne): 200 caractères au plus (reçu 201)");
        Obligation obligation = Obligation.create(ObligationId.newId(), AgreementId.newId(), ObligationType.FINANCIAL_REPORT,
                LocalDate.of(2021, 6, 30));
        obligation.receive(new EvidenceRef("doc-1", "crf.pdf"), LocalDate.of(2021, 5, 2), "claire");

        assertThatThrownBy(() -> obligation.reject("r".repeat(2_001), "claire", LocalDate.of(2021, 5, 3)))
                .hasMessage("motif de rejet: 2 000 caractères au plus (reçu 2 001)");
        assertThat(obligation.history()).hasSize(1);
    }
}
