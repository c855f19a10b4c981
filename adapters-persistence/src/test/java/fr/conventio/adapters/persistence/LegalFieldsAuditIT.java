package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.contract.AgreementScenarios;
import fr.conventio.adapters.persistence.readside.AuditTrailQueriesAdapter;
import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every field with legal weight writes an audit row with its old and new values when it changes, and the
 * agreement's history shows it: the objectives, the programme's actions, the beneficiary, the
 * representative and the signatory, the subsidy split, the payment terms, the deliberation, the settlement
 * figures, the association's address and representative, the funder's address and signatories. (There are
 * no bank details in the model.)
 */
class LegalFieldsAuditIT extends DatabaseTestSupport {

    @Autowired
    private AuditTrailQueriesAdapter auditTrail;

    @BeforeEach
    void parties() {
        saveSeedParties();
    }

    private Map<String, AuditChange> lastChanges() {
        return history().getFirst().changes();
    }

    private List<AuditEntry> history() {
        return auditTrail.agreementHistory(SEED_AGREEMENT_ID, PageRequest.of(0, 50, "occurredAt", false)).content();
    }

    @Test
    void the_objectives_actions_people_split_and_payment_terms_of_a_draft_are_audited_whole_old_and_new() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.seedAgreement());
        Agreement draft = saved.value();
        Association other = Association.create(fr.conventio.domain.shared.AssociationId.newId(), "Les Amis du Quartier",
                PostalAddress.of("1 rue de la Paix", "13001", "Marseille"), Representative.of(Civility.MADAME, "Anne DURAND", "Présidente"),
                null, null, fr.conventio.domain.party.FiscalYear.CALENDAR, Amount.of(200_000));
        associations.save(Versioned.newAggregate(other));
        List<ActionCategory> categories = new ArrayList<>(draft.programme().categories());
        ActionCategory first = categories.getFirst();
        categories.set(0, ActionCategory.of(first.numeral(), first.title(), "Animer le réseau régional des entreprises"));
        String oldAction = first.actions().getFirst().text();

        draft.changeObject(AgreementObject.of("Nouveaux objectifs généraux de l'article 1"));
        draft.changeProgramme(new ActionProgramme(categories));
        draft.changeBeneficiary(other.id(), Representative.of(Civility.MADAME, "Anne DURAND", "Présidente"));
        draft.changeSignatory(new Signatory(Civility.MADAME, "Martine VASSAL", "Présidente", null));
        draft.changeSubsidy(Subsidy.of(Amount.of(80_000),
                SubsidyAllocation.of(AgreementFixtures.CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(40_000)),
                SubsidyAllocation.of(AgreementFixtures.PAYS_AIX_LINE_ID, "Territoire du Pays d'Aix", Amount.of(40_000))));
        draft.changePaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(50))
                .withPaymentDates(List.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 9, 1))));
        agreements.save(saved);

        Map<String, AuditChange> changes = lastChanges();
        assertThat(changes.get("object")).isEqualTo(new AuditChange(AgreementFixtures.seedObject().objectives(),
                "Nouveaux objectifs généraux de l'article 1"));
        assertThat(changes.get("programme.I.1")).isEqualTo(new AuditChange(oldAction, "Animer le réseau régional des entreprises"));
        assertThat(changes.get("beneficiary")).isEqualTo(new AuditChange(AgreementFixtures.seedAssociation().name(), "Les Amis du Quartier"));
        assertThat(changes.get("representative")).isEqualTo(new AuditChange(AgreementFixtures.seedRepresentative().designation(),
                "Madame Anne DURAND, Présidente"));
        assertThat(changes.get("signatory").oldValue()).startsWith(AgreementFixtures.seedSignatory().designation());
        assertThat(changes.get("signatory").newValue()).isEqualTo("Madame Martine VASSAL, Présidente");
        assertThat(changes.get("subsidy." + AgreementFixtures.CT1_LINE_ID.value())).isEqualTo(new AuditChange("30000.00", "40000.00"));
        assertThat(changes.get("subsidy." + AgreementFixtures.PAYS_AIX_LINE_ID.value())).isEqualTo(new AuditChange("50000.00", "40000.00"));
        assertThat(changes.get("advanceRate")).isEqualTo(new AuditChange("80.00", "50.00"));
        assertThat(changes.get("paymentDates")).isEqualTo(new AuditChange(null, "2020-03-01, 2020-09-01"));
    }

    @Test
    void d4_a4_the_operation_period_and_the_keep_unspent_clause_are_audited() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.seedAgreement());
        saved.value().changeOperationPeriod(new fr.conventio.domain.shared.DatePeriod(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30)));
        saved.value().changeKeepUnspentClause(fr.conventio.domain.settlement.KeepUnspentClause.rate(Rate.ofPercent(5)));
        agreements.save(saved);

        assertThat(lastChanges()).containsEntry("operationPeriod", new AuditChange(null, "du 2020-09-01 au 2021-06-30"))
                .containsEntry("keepUnspentClause", new AuditChange(null, "5,00 % de la subvention"));
    }

    @Test
    void the_deliberation_and_the_settlement_figures_are_audited() {
        Versioned<Agreement> saved = database.save(AgreementFixtures.seedAgreement());
        saved.value().approve(AgreementFixtures.seedDeliberation());
        Versioned<Agreement> approved = agreements.save(saved);
        assertThat(lastChanges().get("deliberation").newValue()).isEqualTo(AgreementFixtures.seedDeliberation().number()
                + ", " + AgreementFixtures.seedDeliberation().decidingBody() + ", du 2019-12-19");

        approved.value().sign(AgreementFixtures.SIGNATURE_DATE);
        Versioned<Agreement> signed = agreements.save(approved);
        signed.value().markSettled(AgreementScenarios.settlement(signed.value(), "728234.50"), LocalDate.of(2021, 6, 30), "responsable");
        agreements.save(signed);

        assertThat(lastChanges()).containsEntry("finalSubsidy", new AuditChange(null, "56000.00"))
                .containsEntry("realExpenses", new AuditChange(null, "728234.50"))
                .containsEntry("subsidyBase", new AuditChange(null, "80000.00"));
    }

    @Test
    void the_beneficiarys_address_and_representative_and_the_funders_address_and_signatories_show_in_the_agreements_history() {
        database.save(AgreementFixtures.seedAgreement());
        Association association = associations.findById(AgreementFixtures.SEED_ASSOCIATION_ID).orElseThrow().value();
        long associationVersion = associations.findById(AgreementFixtures.SEED_ASSOCIATION_ID).orElseThrow().version();
        String oldAddress = association.registeredAddress().singleLine();
        association.moveTo(PostalAddress.of("2 quai de Rive-Neuve", "13007", "Marseille"));
        association.changeRepresentative(Representative.of(Civility.MADAME, "Claire MARTIN", "Présidente"));
        associations.save(Versioned.of(association, associationVersion));

        Versioned<Funder> funder = funders.findTheFunder().orElseThrow();
        String oldFunderAddress = funder.value().address().singleLine();
        funder.value().moveTo(PostalAddress.of("BP 48014", "13567", "Marseille"));
        funder.value().addSignatory(new Signatory(Civility.MONSIEUR, "Jean DUPONT", "Vice-Président délégué aux finances",
                "Pour la Présidente et par délégation"));
        funders.save(funder);

        List<AuditEntry> history = history();
        assertThat(history.get(1).aggregateType()).isEqualTo("Association");
        assertThat(history.get(1).changes()).containsEntry("address", new AuditChange(oldAddress, "2 quai de Rive-Neuve, 13007 Marseille"))
                .containsEntry("representative", new AuditChange(AgreementFixtures.seedRepresentative().designation(),
                        "Madame Claire MARTIN, Présidente"));
        assertThat(history.getFirst().aggregateType()).isEqualTo("Financeur");
        assertThat(history.getFirst().changes()).containsEntry("address", new AuditChange(oldFunderAddress, "BP 48014, 13567 Marseille"));
        int added = funder.value().signatories().size();
        assertThat(history.getFirst().changes()).containsEntry("signatory." + added, new AuditChange(null,
                "Monsieur Jean DUPONT, Vice-Président délégué aux finances (Pour la Présidente et par délégation)"));
    }

    @Test
    void the_association_contact_email_where_reminders_go_is_audited_old_and_new() {
        database.save(AgreementFixtures.seedAgreement());
        Versioned<Association> loaded = associations.findById(AgreementFixtures.SEED_ASSOCIATION_ID).orElseThrow();
        loaded.value().changeContactEmail(new fr.conventio.domain.party.EmailAddress("contact@scs-exemple.fr"));
        Versioned<Association> saved = associations.save(loaded);
        saved.value().changeContactEmail(new fr.conventio.domain.party.EmailAddress("direction@scs-exemple.fr"));
        associations.save(saved);

        assertThat(history().get(1).changes()).containsEntry("contactEmail", new AuditChange(null, "contact@scs-exemple.fr"));
        assertThat(lastChanges()).containsEntry("contactEmail", new AuditChange("contact@scs-exemple.fr", "direction@scs-exemple.fr"));
        assertThat(associations.findById(AgreementFixtures.SEED_ASSOCIATION_ID).orElseThrow().value().contactEmail())
                .hasValue(new fr.conventio.domain.party.EmailAddress("direction@scs-exemple.fr"));
    }
}
