package fr.conventio.domain.paperwork;

import fr.conventio.domain.party.Funder;

/**
 * How the documents name the funder in their clauses: « la Métropole » for the seed's EPCI, « la Région »,
 * « le Département », « la Commune »… (the seed's "ci-après désigné « la Métropole »").
 *
 * @param shortName the name with its article, lower case ("la Métropole")
 * @param ofName    the same after "de" ("de la Métropole", "du Département")
 * @param toName    the same after "à" ("à la Métropole", "au Département")
 */
public record FunderWording(String shortName, String ofName, String toName) {

    public static FunderWording of(Funder funder) {
        String name = funder.name();
        return switch (funder.kind()) {
            case COMMUNE -> feminine("Commune");
            case EPCI -> name.startsWith("Métropole") ? feminine("Métropole")
                    : name.startsWith("Communauté") ? feminine("Communauté") : elided("EPCI");
            case DEPARTEMENT -> masculine("Département");
            case REGION -> feminine("Région");
            case ETAT -> elided("État");
            case AUTRE_ETABLISSEMENT_PUBLIC -> elided("Établissement");
        };
    }

    /** "La Métropole" at the start of a sentence. */
    public String capitalized() {
        return Character.toUpperCase(shortName.charAt(0)) + shortName.substring(1);
    }

    private static FunderWording feminine(String noun) {
        return new FunderWording("la " + noun, "de la " + noun, "à la " + noun);
    }

    private static FunderWording masculine(String noun) {
        return new FunderWording("le " + noun, "du " + noun, "au " + noun);
    }

    private static FunderWording elided(String noun) {
        return new FunderWording("l'" + noun, "de l'" + noun, "à l'" + noun);
    }
}
