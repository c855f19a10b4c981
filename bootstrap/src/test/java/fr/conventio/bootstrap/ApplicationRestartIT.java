package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.util.List;

/**
 * The walking skeleton, end to end without a browser: the application starts on its embedded
 * PostgreSQL, Flyway creates the schema, the real 2020 agreement is loaded through the use cases
 * and read back through the list query; restarted on the same data directory, it keeps
 * everything and does not load the demo agreement twice, even when staff renamed the demo's
 * agreement and association in between (the demo data is marked as loaded, not recognised by name).
 */
class ApplicationRestartIT {

    @TempDir
    Path dataDirectory;

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demo_agreement_is_loaded_once_and_survives_a_restart_even_renamed() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(seedAgreements(first)).singleElement().satisfies(ApplicationRestartIT::isTheSeedAgreement);
            DemoRecords.actAsStaff();
            DemoRecords demo = new DemoRecords(first);
            var agreement = demo.theAgreement();
            demo.renameAssociation(demo.associationOf(agreement), "Association renommée par le service");
            demo.renameAgreement(agreement, "AUTRE-2020-001");
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(seedAgreements(second)).as("not loaded again under its reference").isEmpty();
            DemoRecords.actAsStaff();
            DemoRecords demo = new DemoRecords(second);
            assertThat(demo.agreements()).extracting(AgreementSummary::reference)
                    .containsExactly("AUTRE-2020-001", "ECO-2027-SCS-CPO", "ECO-2027-SCS-RDV");
            assertThat(demo.agreements()).filteredOn(agreement -> agreement.budgetYear() == 2020).singleElement().satisfies(renamed -> {
                assertThat(renamed.reference()).isEqualTo("AUTRE-2020-001");
                assertThat(renamed.associationName()).isEqualTo("Association renommée par le service");
                assertThat(renamed.subsidy()).isEqualTo(Amount.of("80000.00"));
                assertThat(renamed.stage()).isEqualTo(AgreementStage.DRAFT);
            });
            assertThat(demo.associationCount()).isEqualTo(1);
            login();
            assertThat(second.getBean(SearchAgreementsUseCase.class).count(AgreementSearch.all())).isEqualTo(3);
        }
    }

    private static void isTheSeedAgreement(AgreementSummary summary) {
        assertThat(summary.reference()).isEqualTo("ECO-2020-SCS");
        assertThat(summary.associationName()).contains("SCS");
        assertThat(summary.budgetYear()).isEqualTo(2020);
        assertThat(summary.subsidy()).isEqualTo(Amount.of("80000.00"));
        assertThat(summary.shareOfCost()).isEqualTo(Rate.ofPercent("7.69"));
        assertThat(summary.stage()).isEqualTo(AgreementStage.DRAFT);
    }

    private List<AgreementSummary> seedAgreements(ConfigurableApplicationContext context) {
        login();
        return context.getBean(SearchAgreementsUseCase.class)
                .search(new AgreementSearch(null, null, null, null, "ECO-2020"), PageRequest.of(0, 10, "reference", true)).content();
    }

    private static void login() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "lecture", "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.LECTURE))));
    }

    private ConfigurableApplicationContext start() {
        return DemoRecords.start(dataDirectory);
    }
}
