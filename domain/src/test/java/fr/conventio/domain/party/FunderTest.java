package fr.conventio.domain.party;

import fr.conventio.domain.shared.FunderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunderTest {

    private final Signatory vicePresident = new Signatory(Civility.MONSIEUR, "Gérard BRAMOULLÉ",
            "Vice-Président délégué au Territoire numérique et à l'Innovation technologique", "Pour la Présidente et par délégation");

    private Funder metropole() {
        return Funder.create(FunderId.newId(), "Métropole Aix-Marseille-Provence", FunderKind.EPCI, Siret.of("20005480700017"),
                PostalAddress.of("58 boulevard Charles Livon", "13007", "Marseille"), List.of(vicePresident));
    }

    @Test
    void p1_funder_is_a_public_body_with_address_and_delegated_signatory() {
        Funder funder = metropole();
        assertThat(funder.kind()).isEqualTo(FunderKind.EPCI);
        assertThat(funder.address().city()).isEqualTo("Marseille");
        assertThat(funder.siret().siren()).isEqualTo(Siren.of("200054807"));
        assertThat(funder.signatories()).containsExactly(vicePresident);
        assertThat(funder.signatories().getFirst().signsByDelegation()).isTrue();
    }

    @Test
    void p1_funder_needs_a_name() {
        assertThatThrownBy(() -> Funder.create(FunderId.newId(), " ", FunderKind.EPCI, Siret.of("20005480700017"),
                PostalAddress.of("58 boulevard Charles Livon", "13007", "Marseille"), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("financeur (nom)");
    }

    @Test
    void p1_signatories_are_added_and_withdrawn_without_duplicates() {
        Funder funder = metropole();
        Signatory president = new Signatory(Civility.MADAME, "Martine VASSAL", "Présidente", null);
        funder.addSignatory(president);
        assertThat(funder.signatories()).containsExactly(vicePresident, president);

        assertThatThrownBy(() -> funder.addSignatory(president))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("déjà signataire");
        assertThat(funder.signatories()).hasSize(2);

        funder.withdrawSignatory(vicePresident);
        assertThat(funder.hasSignatory(vicePresident)).isFalse();
        assertThatThrownBy(() -> funder.withdrawSignatory(vicePresident))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("n'est pas signataire");
        assertThat(funder.signatories()).containsExactly(president);
    }

    @Test
    void rehydrate_restores_every_field() {
        Funder original = metropole();
        Funder copy = Funder.rehydrate(original.id(), original.name(), original.kind(), original.siret(), original.address(), original.signatories());
        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
    }
}
