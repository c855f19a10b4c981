package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.YEAR_2020;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.publication.PublicationQueries;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PublicationQueries} answers (X1), the in-memory fake and the PostgreSQL adapter alike,
 * on the agreements stored through the {@link AgreementRepository} of the same store (which holds the
 * seed's parties and no agreement).
 */
public abstract class PublicationQueriesContract {

    private static final BudgetYear YEAR_2021 = BudgetYear.of(2021);
    private static final LocalDate SIGNED_ON = LocalDate.of(2020, 3, 2);

    protected abstract AgreementRepository agreements();

    protected abstract PublicationQueries queries();

    private AgreementId store(Agreement agreement) {
        agreements().save(Versioned.newAggregate(agreement));
        return agreement.id();
    }

    private static Agreement signed(String reference, BudgetYear year) {
        return AgreementScenarios.signed(AgreementId.newId(), reference, year, SIGNED_ON);
    }

    @Test
    void x1_nothing_to_publish_in_an_empty_year() {
        store(AgreementFixtures.signedSeedAgreement());

        assertThat(queries().signedAgreementsOf(YEAR_2021)).isEmpty();
    }

    @Test
    void x1_every_agreement_signed_in_the_year_whatever_became_of_it_and_never_a_draft_or_an_approved_one() {
        store(AgreementScenarios.draft(AgreementId.newId(), "ECO-2020-A-BROUILLON", YEAR_2020));
        Agreement approved = AgreementScenarios.draft(AgreementId.newId(), "ECO-2020-B-APPROUVEE", YEAR_2020);
        approved.approve(AgreementFixtures.seedDeliberation());
        store(approved);
        AgreementId signed = store(signed("ECO-2020-C-SIGNEE", YEAR_2020));
        Agreement suspendedAgreement = signed("ECO-2020-D-SUSPENDUE", YEAR_2020);
        suspendedAgreement.suspend("Contrôle", LocalDate.of(2020, 5, 1));
        AgreementId suspended = store(suspendedAgreement);
        Agreement settledAgreement = signed("ECO-2020-E-LIQUIDEE", YEAR_2020);
        settledAgreement.markSettled(SettlementPolicy.settle(Amount.of(80_000), Amount.of(1_040_335), Amount.of(1_040_335),
                Amount.of(64_000)), LocalDate.of(2021, 6, 1), "responsable");
        AgreementId settled = store(settledAgreement);
        Agreement closedAgreement = signed("ECO-2020-F-CLOTUREE", YEAR_2020);
        closedAgreement.markSettled(SettlementPolicy.settle(Amount.of(80_000), Amount.of(1_040_335), Amount.of(1_040_335),
                Amount.of(80_000)), LocalDate.of(2021, 6, 1), "responsable");
        closedAgreement.close(LocalDate.of(2021, 7, 1));
        AgreementId closed = store(closedAgreement);
        Agreement terminatedAgreement = signed("ECO-2020-G-RESILIEE", YEAR_2020);
        terminatedAgreement.terminate(LocalDate.of(2020, 7, 1), "Dissolution de l'association");
        AgreementId terminated = store(terminatedAgreement);
        store(signed("ECO-2021-H-AUTRE-ANNEE", YEAR_2021));

        assertThat(queries().signedAgreementsOf(YEAR_2020)).containsExactly(signed, suspended, settled, closed, terminated);
    }

    @Test
    void x1_by_reference_character_by_character_not_by_the_date_of_signature_or_of_storage() {
        AgreementId nine = store(AgreementScenarios.signed(AgreementId.newId(), "ECO-2020-9", YEAR_2020, LocalDate.of(2020, 1, 6)));
        AgreementId ten = store(AgreementScenarios.signed(AgreementId.newId(), "ECO-2020-10", YEAR_2020, LocalDate.of(2020, 4, 1)));
        AgreementId lowerCase = store(AgreementScenarios.signed(AgreementId.newId(), "ECO-2020-a", YEAR_2020, LocalDate.of(2020, 2, 1)));
        AgreementId upperCase = store(AgreementScenarios.signed(AgreementId.newId(), "ECO-2020-B", YEAR_2020, LocalDate.of(2020, 3, 1)));

        assertThat(queries().signedAgreementsOf(YEAR_2020)).containsExactly(ten, nine, upperCase, lowerCase);
    }

    @Test
    void x1_an_agreement_follows_its_reference_and_year_as_stored_last() {
        Agreement draft = AgreementScenarios.draft(SEED_AGREEMENT_ID, "ECO-2020-Z", YEAR_2020);
        Versioned<Agreement> stored = agreements().save(Versioned.newAggregate(draft));
        AgreementId other = store(signed("ECO-2020-M", YEAR_2020));
        assertThat(queries().signedAgreementsOf(YEAR_2020)).containsExactly(other);

        draft.changeReference(AgreementReference.of("ECO-2020-A"));
        draft.approve(AgreementFixtures.seedDeliberation());
        draft.sign(SIGNED_ON);
        agreements().save(Versioned.of(draft, stored.version()));

        assertThat(queries().signedAgreementsOf(YEAR_2020)).containsExactly(SEED_AGREEMENT_ID, other);
        assertThat(queries().signedAgreementsOf(YEAR_2021)).isEmpty();
    }

    @Test
    void x1_the_years_to_publish_are_those_with_a_signed_agreement_most_recent_first_whatever_the_current_year() {
        store(signed("ECO-2018-A", BudgetYear.of(2018)));
        store(signed("ECO-2021-A", YEAR_2021));
        store(signed("ECO-2021-B", YEAR_2021));
        store(AgreementScenarios.draft(AgreementId.newId(), "ECO-2023-BROUILLON", BudgetYear.of(2023)));
        Agreement approved = AgreementScenarios.draft(AgreementId.newId(), "ECO-2022-APPROUVEE", BudgetYear.of(2022));
        approved.approve(AgreementFixtures.seedDeliberation());
        store(approved);
        Agreement terminated = signed("ECO-2020-RESILIEE", YEAR_2020);
        terminated.terminate(LocalDate.of(2020, 7, 1), "Dissolution de l'association");
        store(terminated);

        assertThat(queries().yearsWithSignedAgreements()).containsExactly(YEAR_2021, YEAR_2020, BudgetYear.of(2018));
    }

    @Test
    void x1_no_year_to_publish_before_a_signature() {
        store(AgreementScenarios.draft(AgreementId.newId(), "ECO-2020-BROUILLON", YEAR_2020));

        assertThat(queries().yearsWithSignedAgreements()).isEmpty();
    }
}
