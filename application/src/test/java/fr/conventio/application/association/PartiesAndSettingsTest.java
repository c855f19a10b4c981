package fr.conventio.application.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.Saved;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class PartiesAndSettingsTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final Funder seedFunder = AgreementFixtures.seedFunder();

    private SetUpFunderCommand funderCommand(Long version, List<Signatory> signatories) {
        return new SetUpFunderCommand(version, seedFunder.name(), seedFunder.kind(), seedFunder.siret(), seedFunder.address(), signatories);
    }

    @Test
    void p1_the_funder_is_created_once_then_updated_from_the_version_seen() {
        Saved<FunderId> created = app.setUpFunder.setUp(funderCommand(null, seedFunder.signatories()));
        Signatory president = new Signatory(Civility.MADAME, "Martine VASSAL", "Présidente", null);

        Saved<FunderId> updated = app.setUpFunder.setUp(funderCommand(created.version(), List.of(president)));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(app.funders.findTheFunder().orElseThrow().value().signatories()).containsExactly(president);
    }

    @Test
    void p1_updating_the_funder_from_a_stale_version_or_as_if_new_is_refused() {
        Saved<FunderId> created = app.setUpFunder.setUp(funderCommand(null, seedFunder.signatories()));
        app.setUpFunder.setUp(funderCommand(created.version(), List.of()));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.setUpFunder.setUp(funderCommand(created.version(), seedFunder.signatories())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> app.setUpFunder.setUp(funderCommand(null, seedFunder.signatories())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void b4_a_budget_line_gets_an_envelope_and_its_year_adopted_then_a_larger_envelope() {
        app.setUpFunder.setUp(funderCommand(null, seedFunder.signatories()));
        Saved<BudgetLineId> line = app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT1", "Budget Principal",
                BudgetYear.of(2020), Amount.of(500_000), false));

        app.defineBudgetLine.define(new DefineBudgetLineCommand(line.id(), line.version(), "CT1", "Budget Principal Métropolitain",
                BudgetYear.of(2020), Amount.of(600_000), true));

        BudgetLine stored = app.budgetLines.findById(line.id()).orElseThrow().value();
        assertThat(stored.label()).isEqualTo("Budget Principal Métropolitain");
        assertThat(stored.envelope(BudgetYear.of(2020))).isEqualTo(Amount.of(600_000));
        assertThat(stored.budgetAdopted(BudgetYear.of(2020))).isTrue();
        assertThat(stored.budgetAdopted(BudgetYear.of(2021))).isFalse();
    }

    @Test
    void b3_a_second_budget_line_with_the_same_code_is_refused() {
        app.setUpFunder.setUp(funderCommand(null, seedFunder.signatories()));
        app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT1", "Budget Principal", null, null, false));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT1", "Autre", null, null, false)))
                .isInstanceOf(DomainException.class)
                .hasMessage("code de la ligne budgétaire : une ligne « CT1 » existe déjà");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void an_envelope_without_its_year_is_a_malformed_command() {
        assertThatThrownBy(() -> DefineBudgetLineCommand.create("CT1", "Budget", null, Amount.of(1), false))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("exercice : champ obligatoire pour une enveloppe ou l'adoption du budget");
    }

    @Test
    void p2_a_second_association_with_the_same_siret_is_refused() {
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        app.registerAssociation.register(new RegisterAssociationCommand(data));
        Map<String, Object> before = app.snapshot();
        AssociationData twin = new AssociationData("Autre association", data.registeredAddress(), data.representative(), data.siret(),
                null, null, Amount.of(1000), null);

        assertThatThrownBy(() -> app.registerAssociation.register(new RegisterAssociationCommand(twin)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P2").hasMessage("SIRET : le SIRET 99999999800019 est déjà celui de l'association « POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS) »");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void p2_an_association_is_updated_keeping_identifiers_left_empty_and_cannot_take_another_ones_siret() {
        AssociationData seedData = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        Saved<AssociationId> seed = app.registerAssociation.register(new RegisterAssociationCommand(seedData));
        Siret otherSiret = Siret.of("99999999700011");
        Saved<AssociationId> other = app.registerAssociation.register(new RegisterAssociationCommand(new AssociationData("Autre",
                PostalAddress.of("1 rue de la Paix", "13001", "Marseille"), seedData.representative(), otherSiret, null, null,
                Amount.of(50_000), null)));

        Saved<AssociationId> updated = app.updateAssociation.update(new UpdateAssociationCommand(seed.id(), seed.version(),
                new AssociationData("Pôle SCS", seedData.registeredAddress(), seedData.representative(), null, null, null,
                        Amount.of(1_100_000), LocalDate.of(2022, 3, 1))));

        var stored = app.associations.findById(seed.id()).orElseThrow().value();
        assertThat(updated.version()).isEqualTo(seed.version() + 1);
        assertThat(stored.name()).isEqualTo("Pôle SCS");
        assertThat(stored.siret()).contains(Siret.of("99999999800019"));
        assertThat(stored.rna()).contains(RnaNumber.of("W139999999"));
        assertThat(stored.republicanCommitmentDate()).contains(LocalDate.of(2022, 3, 1));

        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> app.updateAssociation.update(new UpdateAssociationCommand(seed.id(), updated.version(),
                new AssociationData("Pôle SCS", seedData.registeredAddress(), seedData.representative(), otherSiret, null, null,
                        Amount.of(1_100_000), null))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P2").hasMessage("SIRET : le SIRET 99999999700011 est déjà celui de l'association « Autre »");
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.associations.findBySiret(otherSiret)).get().extracting(v -> v.value().id()).as("the SIRET stays the other one's")
                .isEqualTo(other.id());
    }

    @Test
    void association_data_names_the_missing_field() {
        assertThatThrownBy(() -> new AssociationData(" ", null, null, null, null, null, null, null))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("nom de l'association : champ obligatoire");
    }
}
