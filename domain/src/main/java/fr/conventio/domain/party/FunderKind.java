package fr.conventio.domain.party;

/** The kind of public body that funds (P1): the seed's funder is an EPCI, "la Métropole". */
public enum FunderKind {
    COMMUNE("Commune"),
    EPCI("Établissement public de coopération intercommunale (EPCI)"),
    DEPARTEMENT("Département"),
    REGION("Région"),
    ETAT("État (service déconcentré ou ministère)"),
    AUTRE_ETABLISSEMENT_PUBLIC("Autre établissement public");

    private final String label;

    FunderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
