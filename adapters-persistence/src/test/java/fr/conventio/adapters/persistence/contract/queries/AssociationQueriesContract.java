package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;

import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_NAME;
import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_REFERENCE;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_AGREEMENT_COUNT;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_CITY;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_NAME;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_TOTAL_SUBSIDIES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.AssociationQueries;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.ReceivedDocument;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every {@link AssociationQueries} answers, the in-memory fake and the PostgreSQL adapter alike,
 * on data arranged through the application's use cases from the real 2020 agreement.
 */
public abstract class AssociationQueriesContract {

    protected static final String AMIS = "Amis du Vieux-Port";
    protected static final String ZEBRE = "Zèbre Vélo";
    protected static final String ALPHA = "alpha sports";

    /** An empty store (repositories) whose data {@link #queries()} reads. */
    protected abstract ReadSideApp.Store emptyStore();

    protected abstract AssociationQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    protected AssociationId register(String name, String city, String postalCode) {
        return app.register(new AssociationData(name, PostalAddress.of("1 rue de la Paix", postalCode, city),
                AgreementFixtures.seedAssociation().representative(), null, null, FiscalYear.CALENDAR, Amount.of(50_000), null));
    }

    protected Page<AssociationSummary> search(String text, String sortBy, boolean ascending) {
        return queries().search(text, PageRequest.of(0, 20, sortBy, ascending));
    }

    protected List<String> names(String text) {
        return search(text, SORT_NAME, true).content().stream().map(AssociationSummary::name).toList();
    }

    /**
     * Four associations:
     * <pre>
     * name                    city             agreements                          voted (all but drafts)
     * SCS (the seed)          Rousset          ECO-2020-SCS signed 80 000, a draft 5 000
     * Amis du Vieux-Port      Marseille        none                                0
     * Zèbre Vélo              Aix-en-Provence  one approved 20 000                 20 000
     * alpha sports            Marseille        one draft 1 000                     0
     * </pre>
     */
    protected void fourAssociations() {
        app.signed();
        app.createOtherDraft("SCS-2020-BIS", app.associationId(), AgreementFixtures.YEAR_2020, app.ct1(), Amount.of(5_000));
        register(AMIS, "Marseille", "13002");
        AssociationId zebre = register(ZEBRE, "Aix-en-Provence", "13100");
        AssociationId alpha = register(ALPHA, "Marseille", "13008");
        AgreementId zebreAgreement = app.createOtherDraft("CUL-2020-ZEBRE", zebre, AgreementFixtures.YEAR_2020, app.ct2(), Amount.of(20_000));
        app.approve(zebreAgreement);
        app.createOtherDraft("SPO-2020-ALPHA", alpha, AgreementFixtures.YEAR_2020, app.ct1(), Amount.of(1_000));
    }

    @Test
    void each_association_counts_its_agreements_and_sums_the_voted_subsidies_drafts_excluded() {
        app.setUpParties();
        register(AMIS, "Marseille", "13002");
        app.createDraft();

        Page<AssociationSummary> beforeApproval = search(null, SORT_NAME, true);

        assertThat(beforeApproval.totalElements()).isEqualTo(2);
        assertThat(beforeApproval.content()).extracting(AssociationSummary::name).containsExactly(AMIS, SEED_NAME);
        assertThat(beforeApproval.content().get(1)).isEqualTo(new AssociationSummary(app.associationId(), SEED_NAME,
                "99999999800019", "W139999999", "Rousset", 1, Amount.ZERO));
        assertThat(beforeApproval.content().getFirst()).satisfies(s -> {
            assertThat(s.siret()).isNull();
            assertThat(s.rna()).isNull();
            assertThat(s.city()).isEqualTo("Marseille");
            assertThat(s.agreementCount()).isZero();
            assertThat(s.totalSubsidiesVoted()).isEqualTo(Amount.ZERO);
        });

        app.approve().sign();
        app.payFullAdvance();
        assertThat(search("rousset", SORT_NAME, true).content()).singleElement().satisfies(s -> {
            assertThat(s.agreementCount()).isEqualTo(1);
            assertThat(s.totalSubsidiesVoted()).as("the voted subsidy, whatever is paid").isEqualTo(Amount.of("80000.00"));
            assertThat(s.totalSubsidiesVoted().value().scale()).isEqualTo(2);
        });
    }

    @Test
    void the_text_is_looked_for_case_insensitively_in_the_name_and_city_and_without_spaces_in_siret_and_rna() {
        fourAssociations();

        assertThat(names("vieux-PORT")).containsExactly(AMIS);
        assertThat(names("solutions communicantes sécurisées")).containsExactly(SEED_NAME);
        assertThat(names("ZÈBRE")).containsExactly(ZEBRE);
        assertThat(names("MARSEILLE")).containsExactly(AMIS, ALPHA);
        assertThat(names("aix-en")).containsExactly(ZEBRE);
        assertThat(names("999 999 998")).as("spaces of a typed SIRET ignored").containsExactly(SEED_NAME);
        assertThat(names("99999999800019")).containsExactly(SEED_NAME);
        assertThat(names("w13999")).as("RNA").containsExactly(SEED_NAME);
        assertThat(names("W 139 999 999")).containsExactly(SEED_NAME);
        assertThat(names("nowhere")).isEmpty();
        assertThat(search("nowhere", SORT_NAME, true).totalElements()).isZero();
        assertThat(search("s", SORT_NAME, true).totalElements()).as("count of the filtered list").isEqualTo(3);
        assertThat(names(null)).hasSize(4);
    }

    static Stream<Arguments> sorts() {
        return Stream.of(
                Arguments.of(SORT_NAME, true, List.of(AMIS, SEED_NAME, ZEBRE, ALPHA)),
                Arguments.of(SORT_NAME, false, List.of(ALPHA, ZEBRE, SEED_NAME, AMIS)),
                Arguments.of(SORT_CITY, true, List.of(ZEBRE, AMIS, ALPHA, SEED_NAME)),
                Arguments.of(SORT_CITY, false, List.of(SEED_NAME, ALPHA, AMIS, ZEBRE)),
                Arguments.of(SORT_AGREEMENT_COUNT, true, List.of(AMIS, ZEBRE, ALPHA, SEED_NAME)),
                Arguments.of(SORT_AGREEMENT_COUNT, false, List.of(SEED_NAME, ALPHA, ZEBRE, AMIS)),
                Arguments.of(SORT_TOTAL_SUBSIDIES, true, List.of(AMIS, ALPHA, ZEBRE, SEED_NAME)),
                Arguments.of(SORT_TOTAL_SUBSIDIES, false, List.of(SEED_NAME, ZEBRE, ALPHA, AMIS)));
    }

    /** Then by name (code point order, as Java compares strings: upper case first), then by id, all in the direction asked. */
    @ParameterizedTest(name = "{0} ascending={1}")
    @MethodSource("sorts")
    void each_sort_key_orders_the_whole_list_then_by_name(String sortBy, boolean ascending, List<String> expected) {
        fourAssociations();

        assertThat(search(null, sortBy, ascending).content()).extracting(AssociationSummary::name).containsExactlyElementsOf(expected);
    }

    @Test
    void the_figures_of_each_association_are_those_of_its_agreements() {
        fourAssociations();

        assertThat(search(null, SORT_NAME, true).content()).extracting(AssociationSummary::name, AssociationSummary::agreementCount,
                        AssociationSummary::totalSubsidiesVoted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AMIS, 0L, Amount.ZERO),
                        org.assertj.core.groups.Tuple.tuple(SEED_NAME, 2L, Amount.of(80_000)),
                        org.assertj.core.groups.Tuple.tuple(ZEBRE, 1L, Amount.of(20_000)),
                        org.assertj.core.groups.Tuple.tuple(ALPHA, 1L, Amount.ZERO));
    }

    @Test
    void pages_cut_the_sorted_list_and_count_it_whole() {
        fourAssociations();

        Page<AssociationSummary> second = queries().search(null, PageRequest.of(1, 3, SORT_CITY, true));
        Page<AssociationSummary> beyond = queries().search(null, PageRequest.of(5, 3, SORT_CITY, true));
        Page<AssociationSummary> marseille = queries().search("marseille", PageRequest.of(1, 1, SORT_NAME, false));

        assertThat(second.totalElements()).isEqualTo(4);
        assertThat(second.content()).extracting(AssociationSummary::name).containsExactly(SEED_NAME);
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(4);
        assertThat(marseille.totalElements()).isEqualTo(2);
        assertThat(marseille.content()).extracting(AssociationSummary::name).containsExactly(AMIS);
    }

    @Test
    void the_documents_received_come_most_recent_first_each_with_what_became_of_it() {
        app.signed();
        app.payFullAdvance();
        DocumentRef old = app.receive(ObligationType.INSURANCE_CERTIFICATE, "assurance-2019.pdf", LocalDate.of(2020, 2, 20));
        app.reject(ObligationType.INSURANCE_CERTIFICATE, LocalDate.of(2020, 2, 25));
        DocumentRef renewed = app.receive(ObligationType.INSURANCE_CERTIFICATE, "assurance-2020.pdf", LocalDate.of(2020, 2, 26));
        app.receive(ObligationType.ACTIVITY_REPORT, "rapport.pdf", LocalDate.of(2021, 4, 1));
        app.waive(ObligationType.ACTIVITY_REPORT, LocalDate.of(2021, 4, 2));
        app.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        AssociationId other = register(AMIS, "Marseille", "13002");

        List<ReceivedDocument> documents = queries().receivedDocuments(app.associationId());

        assertThat(documents).extracting(ReceivedDocument::receivedOn, ReceivedDocument::obligationType, ReceivedDocument::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 10), ObligationType.FINAL_INCOME_STATEMENT, ObligationStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 10), ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, ObligationStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 10), ObligationType.CERTIFIED_LAST_ACCOUNTS, ObligationStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 4, 1), ObligationType.ACTIVITY_REPORT, ObligationStatus.WAIVED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 2, 26), ObligationType.INSURANCE_CERTIFICATE, ObligationStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 2, 20), ObligationType.INSURANCE_CERTIFICATE, ObligationStatus.REJECTED));
        assertThat(documents.get(4)).isEqualTo(new ReceivedDocument(app.agreementId(), SEED_REFERENCE,
                app.obligationId(ObligationType.INSURANCE_CERTIFICATE), ObligationType.INSURANCE_CERTIFICATE, renewed.id(),
                "assurance-2020.pdf", LocalDate.of(2020, 2, 26), ObligationStatus.RECEIVED));
        assertThat(documents.get(5).documentId()).isEqualTo(old.id());
        assertThat(documents.get(5).fileName()).isEqualTo("assurance-2019.pdf");
        assertThat(queries().receivedDocuments(other)).isEmpty();
    }

    @Test
    void a_document_accepted_after_another_was_received_on_the_same_obligation_is_judged_with_it() {
        app.signed();
        app.receive(ObligationType.INSURANCE_CERTIFICATE, "page-1.pdf", LocalDate.of(2020, 2, 20));
        app.receive(ObligationType.INSURANCE_CERTIFICATE, "page-2.pdf", LocalDate.of(2020, 2, 20));
        app.accept(ObligationType.INSURANCE_CERTIFICATE, LocalDate.of(2020, 2, 21));

        assertThat(queries().receivedDocuments(app.associationId())).extracting(ReceivedDocument::fileName, ReceivedDocument::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page-1.pdf", ObligationStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("page-2.pdf", ObligationStatus.ACCEPTED));
    }
}
