package fr.conventio.domain.agreement;

import fr.conventio.domain.sample.RealAgreement2020;

/**
 * Test fixtures of the real 2020 agreement, shipped in the domain test-jar for the other modules'
 * tests. The data live in {@link RealAgreement2020} (main code, also the demo data); this class
 * inherits its static factories ({@code AgreementFixtures.seedAgreement()}, ...) and constants so
 * that tests read as fixtures.
 */
public final class AgreementFixtures extends RealAgreement2020 {

    private AgreementFixtures() {
    }
}
