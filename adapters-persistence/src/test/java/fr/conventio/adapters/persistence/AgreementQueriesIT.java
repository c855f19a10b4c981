package fr.conventio.adapters.persistence;

import fr.conventio.adapters.persistence.contract.AgreementScenarios;

import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_ASSOCIATION;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_REFERENCE;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_STATUS;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_SUBSIDY;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_YEAR;
import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_ASSOCIATION_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_FUNDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.readside.AgreementQueriesAdapter;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreements list on six agreements:
 * <pre>
 * reference          association                                    year  subsidy  eligible  status    lines in force
 * ECO-2020-SCS       POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)  2020  80 000   1 040 335 SIGNED    CT1, CT2
 * ECO-2021-ELAN      Élan Solidaire                                 2021  10 000   40 000    DRAFT     CT1
 * SPO-2021-ALPHA     alpha sports                                   2021   5 000   5 000     APPROVED  CT2
 * CUL-2020-100%      Zèbre 100% Vélo                                2020  20 000   30 000    SETTLED   CT1
 * ECO_2022_X         POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)  2022   1 000   3 000     DRAFT     CT1
 * ECO-2020-AMENDED   Élan Solidaire                                 2020  15 000   60 000    SIGNED    CT2 (CT1 before its amendment)
 * </pre>
 */
class AgreementQueriesIT extends DatabaseTestSupport {

    private static final AssociationId ELAN = AssociationId.of("00000000-0000-4000-a000-00000000e1a0");
    private static final AssociationId ALPHA = AssociationId.of("00000000-0000-4000-a000-00000000a1fa");
    private static final AssociationId ZEBRE = AssociationId.of("00000000-0000-4000-a000-0000000002eb");

    @Autowired
    private AgreementQueriesAdapter queries;
    @Autowired
    private AgreementAccountPersistenceAdapter accounts;

    @BeforeEach
    void sixAgreements() {
        saveSeedParties();
        association(ELAN, "Élan Solidaire");
        association(ALPHA, "alpha sports");
        association(ZEBRE, "Zèbre 100% Vélo");

        save(AgreementFixtures.signedSeedAgreement());
        save(agreement("ECO-2021-ELAN", ELAN, 2021, "Insertion par le sport", 40000, CT1_LINE_ID, 10000));
        Agreement alpha = agreement("SPO-2021-ALPHA", ALPHA, 2021, "Promouvoir le sport féminin", 5000, PAYS_AIX_LINE_ID, 5000);
        alpha.approve(AgreementFixtures.seedDeliberation());
        save(alpha);
        Agreement zebre = agreement("CUL-2020-100%", ZEBRE, 2020, "Vélo pour tous", 30000, CT1_LINE_ID, 20000);
        zebre.approve(AgreementFixtures.seedDeliberation());
        zebre.sign(AgreementFixtures.SIGNATURE_DATE);
        zebre.markSettled(AgreementScenarios.settlement(zebre, "22500.00"), LocalDate.of(2021, 3, 1), "responsable");
        save(zebre);
        save(agreement("ECO_2022_X", SEED_ASSOCIATION_ID, 2022, "Animation", 3000, CT1_LINE_ID, 1000));
        Agreement amended = agreement("ECO-2020-AMENDED", ELAN, 2020, "Solidarité", 60000, CT1_LINE_ID, 15000);
        amended.approve(AgreementFixtures.seedDeliberation());
        amended.sign(AgreementFixtures.SIGNATURE_DATE);
        amended.amend(AmendmentRequest.of(LocalDate.of(2020, 5, 1), "Changement de ligne")
                .withSubsidy(Subsidy.onSingleLine(PAYS_AIX_LINE_ID, Amount.of(15000))));
        save(amended);
    }

    // ------------------------------------------------------------------ filters and count

    @Test
    void no_filter_lists_everything() {
        assertThat(references(AgreementSearch.all(), SORT_REFERENCE, true))
                .containsExactly("CUL-2020-100%", "ECO-2020-AMENDED", "ECO-2020-SCS", "ECO-2021-ELAN", "ECO_2022_X", "SPO-2021-ALPHA");
        assertThat(queries.count(AgreementSearch.all())).isEqualTo(6);
    }

    @Test
    void by_year() {
        AgreementSearch search = new AgreementSearch(2020, null, null, null, null);
        assertThat(references(search, SORT_REFERENCE, true)).containsExactly("CUL-2020-100%", "ECO-2020-AMENDED", "ECO-2020-SCS");
        assertThat(queries.count(search)).isEqualTo(3);
    }

    @Test
    void by_status() {
        AgreementSearch search = new AgreementSearch(null, AgreementStage.DRAFT, null, null, null);
        assertThat(references(search, SORT_REFERENCE, true)).containsExactly("ECO-2021-ELAN", "ECO_2022_X");
        assertThat(queries.count(search)).isEqualTo(2);
        assertThat(queries.count(new AgreementSearch(null, AgreementStage.TERMINATED, null, null, null))).isZero();
    }

    @Test
    void the_stage_is_the_one_the_account_stored_and_an_agreement_without_account_is_not_listed() {
        jdbc.update("update agreement_account set stage = 'BALANCE_PAID' where agreement_id"
                + " = (select id from agreement where reference = 'CUL-2020-100%')");
        Agreement unaccounted = agreement("ZZZ-2020-NO-ACCOUNT", ELAN, 2020, "Objet sans projection", 1000, CT1_LINE_ID, 500);
        agreements.save(Versioned.newAggregate(unaccounted));

        assertThat(references(new AgreementSearch(null, AgreementStage.BALANCE_PAID, null, null, null), SORT_REFERENCE, true))
                .containsExactly("CUL-2020-100%");
        assertThat(queries.count(new AgreementSearch(null, AgreementStage.SETTLED, null, null, null))).isZero();
        assertThat(references(AgreementSearch.all(), SORT_REFERENCE, true)).doesNotContain("ZZZ-2020-NO-ACCOUNT").hasSize(6);
        assertThat(queries.count(AgreementSearch.all())).isEqualTo(6);
        assertThat(queries.count(new AgreementSearch(2020, null, ELAN, null, null))).as("counted with the agreement's columns too")
                .isEqualTo(1);
        assertThat(queries.count(text("sans projection"))).as("counted with the association's columns too").isZero();
    }

    @Test
    void by_association() {
        AgreementSearch search = new AgreementSearch(null, null, ELAN, null, null);
        assertThat(references(search, SORT_REFERENCE, true)).containsExactly("ECO-2020-AMENDED", "ECO-2021-ELAN");
        assertThat(queries.count(search)).isEqualTo(2);
    }

    @Test
    void by_budget_line_of_the_terms_in_force() {
        assertThat(references(new AgreementSearch(null, null, null, CT1_LINE_ID, null), SORT_REFERENCE, true))
                .as("ECO-2020-AMENDED left CT1 by amendment")
                .containsExactly("CUL-2020-100%", "ECO-2020-SCS", "ECO-2021-ELAN", "ECO_2022_X");
        assertThat(references(new AgreementSearch(null, null, null, PAYS_AIX_LINE_ID, null), SORT_REFERENCE, true))
                .containsExactly("ECO-2020-AMENDED", "ECO-2020-SCS", "SPO-2021-ALPHA");
        assertThat(queries.count(new AgreementSearch(null, null, null, BudgetLineId.newId(), null))).isZero();
    }

    @Test
    void filters_combine() {
        AgreementSearch search = new AgreementSearch(2021, AgreementStage.APPROVED, ALPHA, PAYS_AIX_LINE_ID, "sport");
        assertThat(references(search, SORT_REFERENCE, true)).containsExactly("SPO-2021-ALPHA");
        assertThat(queries.count(new AgreementSearch(2021, AgreementStage.APPROVED, ELAN, null, null))).isZero();
    }

    // ------------------------------------------------------------------ text

    @Test
    void text_ignores_case_and_accents_on_the_association_name() {
        assertThat(references(text("securisees"), SORT_REFERENCE, true)).containsExactly("ECO-2020-SCS", "ECO_2022_X");
        assertThat(references(text("ÉLAN"), SORT_REFERENCE, true)).containsExactly("ECO-2020-AMENDED", "ECO-2021-ELAN");
        assertThat(references(text("zebre"), SORT_REFERENCE, true)).containsExactly("CUL-2020-100%");
    }

    @Test
    void text_searches_the_reference_and_the_object() {
        assertThat(references(text("eco-2020"), SORT_REFERENCE, true)).containsExactly("ECO-2020-AMENDED", "ECO-2020-SCS");
        assertThat(references(text("FEMININ"), SORT_REFERENCE, true)).containsExactly("SPO-2021-ALPHA");
        assertThat(references(text("Pôle"), SORT_REFERENCE, true)).as("seed object and association name")
                .containsExactly("ECO-2020-SCS", "ECO_2022_X");
        assertThat(queries.count(text("introuvable"))).isZero();
    }

    @Test
    void percent_and_underscore_are_taken_literally() {
        assertThat(references(text("%"), SORT_REFERENCE, true)).containsExactly("CUL-2020-100%");
        assertThat(references(text("100%"), SORT_REFERENCE, true)).containsExactly("CUL-2020-100%");
        assertThat(references(text("_"), SORT_REFERENCE, true)).containsExactly("ECO_2022_X");
        assertThat(references(text("ECO_"), SORT_REFERENCE, true)).containsExactly("ECO_2022_X");
        assertThat(queries.count(text("\\"))).isZero();
    }

    @Test
    void the_text_search_can_use_the_trigram_indexes() {
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                var rs = statement.executeQuery("explain select id from agreement a"
                        + " where conventio_unaccent(a.reference) ilike conventio_unaccent('%eco-2020%') escape '\\'");
                StringBuilder text = new StringBuilder();
                while (rs.next()) {
                    text.append(rs.getString(1)).append('\n');
                }
                statement.execute("reset enable_seqscan");
                return text.toString();
            }
        });
        assertThat(plan).contains("agreement_reference_search_idx");
    }

    // ------------------------------------------------------------------ sort

    @Test
    void sorted_by_each_key_both_ways() {
        assertSorted(SORT_REFERENCE,
                "CUL-2020-100%", "ECO-2020-AMENDED", "ECO-2020-SCS", "ECO-2021-ELAN", "ECO_2022_X", "SPO-2021-ALPHA");
        assertSorted(SORT_ASSOCIATION, // alpha, Élan (before Zèbre although É > Z in code points), Pôle, Zèbre
                "SPO-2021-ALPHA", "ECO-2020-AMENDED", "ECO-2021-ELAN", "ECO-2020-SCS", "ECO_2022_X", "CUL-2020-100%");
        assertSorted(SORT_YEAR,
                "CUL-2020-100%", "ECO-2020-AMENDED", "ECO-2020-SCS", "ECO-2021-ELAN", "SPO-2021-ALPHA", "ECO_2022_X");
        assertSorted(SORT_SUBSIDY,
                "ECO_2022_X", "SPO-2021-ALPHA", "ECO-2021-ELAN", "ECO-2020-AMENDED", "CUL-2020-100%", "ECO-2020-SCS");
        assertSorted(SORT_STATUS, // lifecycle order: DRAFT, APPROVED, SIGNED, SETTLED
                "ECO-2021-ELAN", "ECO_2022_X", "SPO-2021-ALPHA", "ECO-2020-AMENDED", "ECO-2020-SCS", "CUL-2020-100%");
    }

    private void assertSorted(String key, String... ascending) {
        assertThat(references(AgreementSearch.all(), key, true)).as(key + " ascending").containsExactly(ascending);
        List<String> descending = new ArrayList<>(List.of(ascending));
        java.util.Collections.reverse(descending);
        assertThat(references(AgreementSearch.all(), key, false)).as(key + " descending").containsExactlyElementsOf(descending);
    }

    @Test
    void an_unknown_sort_key_is_refused() {
        assertThatThrownBy(() -> queries.search(AgreementSearch.all(), PageRequest.of(0, 10, "id; drop table agreement", true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(queries.count(AgreementSearch.all())).isEqualTo(6);
    }

    // ------------------------------------------------------------------ paging and content

    @Test
    void pages_are_cut_in_the_database() {
        Page<AgreementSummary> second = queries.search(AgreementSearch.all(), PageRequest.of(1, 2, SORT_REFERENCE, true));
        Page<AgreementSummary> last = queries.search(AgreementSearch.all(), PageRequest.of(2, 2, SORT_REFERENCE, true));
        Page<AgreementSummary> beyond = queries.search(AgreementSearch.all(), PageRequest.of(3, 2, SORT_REFERENCE, true));

        assertThat(second.content()).extracting(AgreementSummary::reference).containsExactly("ECO-2020-SCS", "ECO-2021-ELAN");
        assertThat(second.totalElements()).isEqualTo(6);
        assertThat(second.request()).isEqualTo(PageRequest.of(1, 2, SORT_REFERENCE, true));
        assertThat(last.content()).extracting(AgreementSummary::reference).containsExactly("ECO_2022_X", "SPO-2021-ALPHA");
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(6);
        Page<AgreementSummary> filtered = queries.search(text("eco"), PageRequest.of(1, 2, SORT_REFERENCE, true));
        assertThat(filtered.content()).extracting(AgreementSummary::reference).containsExactly("ECO-2021-ELAN", "ECO_2022_X");
        assertThat(filtered.totalElements()).isEqualTo(4);
    }

    @Test
    void a_summary_carries_the_terms_in_force_and_the_share_of_cost() {
        List<AgreementSummary> content = queries.search(AgreementSearch.all(), PageRequest.of(0, 10, SORT_REFERENCE, true)).content();

        assertThat(content).contains(
                new AgreementSummary(AgreementFixtures.SEED_AGREEMENT_ID, "ECO-2020-SCS", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)",
                        2020, Amount.of(80000), Rate.ofPercent("7.69"), AgreementStage.SIGNED));
        assertThat(content).filteredOn(s -> s.reference().equals("CUL-2020-100%")).singleElement()
                .satisfies(s -> {
                    assertThat(s.shareOfCost()).isEqualTo(Rate.ofPercent("66.67"));
                    assertThat(s.associationName()).isEqualTo("Zèbre 100% Vélo");
                    assertThat(s.stage()).isEqualTo(AgreementStage.SETTLED);
                });
        assertThat(content).filteredOn(s -> s.reference().equals("SPO-2021-ALPHA")).singleElement()
                .extracting(AgreementSummary::shareOfCost).isEqualTo(Rate.HUNDRED);
    }

    // ------------------------------------------------------------------ helpers

    private List<String> references(AgreementSearch search, String sortBy, boolean ascending) {
        return queries.search(search, PageRequest.of(0, 50, sortBy, ascending)).content().stream()
                .map(AgreementSummary::reference).toList();
    }

    private static AgreementSearch text(String text) {
        return new AgreementSearch(null, null, null, null, text);
    }

    private void association(AssociationId id, String name) {
        associations.save(Versioned.newAggregate(Association.create(id, name, PostalAddress.of("1 rue de la République", "13001",
                "Marseille"), Representative.of(null, "Dominique PETIT", "Président"), null, null, FiscalYear.CALENDAR,
                Amount.of(100000))));
    }

    private static Agreement agreement(String reference, AssociationId association, int year, String object, long eligible,
                                       BudgetLineId line, long subsidy) {
        return Agreement.create(AgreementId.newId(), AgreementReference.of(reference), SEED_FUNDER_ID, association,
                AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(), BudgetYear.of(year),
                AgreementObject.of(object), AgreementFixtures.seedProgramme(), ForecastBudget.ofEligibleExpenses(Amount.of(eligible)),
                Subsidy.of(Amount.of(subsidy), SubsidyAllocation.of(line, null, Amount.of(subsidy))),
                AgreementFixtures.seedPaymentTerms(), "instructeur");
    }

    /** The agreement and its account's figures, as a use case stores them (nothing paid, recorded or due). */
    private void save(Agreement agreement) {
        agreements.save(Versioned.newAggregate(agreement));
        accounts.save(AgreementAccount.of(agreement, List.of(), List.of(), AgreementControl.empty(agreement.id()), List.of()).figures());
    }
}
