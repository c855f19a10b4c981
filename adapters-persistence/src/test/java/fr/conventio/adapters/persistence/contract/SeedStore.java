package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.FunderId;
import java.util.List;

/** What the contracts expect to find in the database: the seed's parties and agreement, a second agreement and a second funder. */
final class SeedStore {

    static final FunderId OTHER_FUNDER_ID = FunderId.of("2a3f7c72-f7cd-4ce6-a000-00000000f002");

    private SeedStore() {
    }

    static void prepare(TestDatabase database) {
        database.empty();
        database.saveSeedParties();
        database.save(AgreementFixtures.signedSeedAgreement());
        database.save(RunningScenarios.otherAgreement());
        database.save(Funder.create(OTHER_FUNDER_ID, "Commune de Test", FunderKind.COMMUNE, Siret.of("21130055300016"),
                PostalAddress.of("Place de la Mairie", "13001", "Marseille"), List.of()));
    }
}
