package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.conventio.domain.sample.RealAgreement2020.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperworkTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

    static PaperworkFacts seedFacts(Agreement agreement) {
        return PaperworkFacts.of(agreement, seedFunder(), seedAssociation(), TODAY);
    }

    /** A 20 000 € subsidy on one line, for 60 000 € of expenses, from an association with a 400 000 € budget. */
    static Agreement smallAgreement() {
        Agreement agreement = Agreement.create(AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000000020"), AgreementReference.of("CULT-2020-07"),
                SEED_FUNDER_ID, smallAssociation().id(), seedSignatory(), seedRepresentative(), YEAR_2020, seedObject(), seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(60000)), Subsidy.onSingleLine(CT1_LINE_ID, Amount.of(20000)),
                PaymentTerms.standard(), SEED_AUTHOR);
        agreement.approve(seedDeliberation());
        return agreement;
    }

    static Association smallAssociation() {
        return Association.create(AssociationId.of("2a3f7c72-f7cd-4ce6-a000-00000000a5c6"), "Les Amis du Théâtre",
                PostalAddress.of("3 rue des Arts", "13100", "Aix-en-Provence"), seedRepresentative(), null, null, FiscalYear.CALENDAR,
                Amount.of(400000));
    }

    static String plainText(DocumentModel model) {
        return FrenchTypography.plain(String.join("\n", model.texts()));
    }

    @Test
    void the_seed_agreement_has_every_article_and_figure() {
        String text = plainText(AgreementDocument.build(seedFacts(signedSeedAgreement())));
        for (String title : AgreementDocument.TITLES) {
            assertThat(text).contains(FrenchTypography.plain(FrenchTypography.text(title)));
        }
        assertThat(text).contains("80 000,00 €", "7,69 %", "30 000,00 €", "50 000,00 €", "64 000,00 €", "1 040 335,00 € HT",
                "Gérard BRAMOULLÉ", "Lionel LAPRAS", "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", "19 décembre 2019",
                "3 février 2020", "Budget Principal Métropolitain (CT1)", "Territoire du Pays d'Aix", "Tribunal administratif de Marseille",
                "ci-après désignée « la Métropole »", "ARTICLE 4 : COÛT DE L'ACTION ET PARTICIPATION DE LA MÉTROPOLE",
                "Le développement de la feuille de route de la phase 4.0", "Appui au lancement de l'IoT Center", "Locaux mis à disposition");
    }

    @Test
    void o4_the_president_certifies_the_accounts_only_above_75_000_euros_or_half_the_budget() {
        assertThat(seedFacts(signedSeedAgreement()).clauses().certifiedAccounts()).isTrue();
        assertThat(plainText(AgreementDocument.build(seedFacts(signedSeedAgreement())))).contains(AgreementDocument.CERTIFICATION_SENTENCE);
        PaperworkFacts small = PaperworkFacts.of(smallAgreement(), seedFunder(), smallAssociation(), TODAY);
        assertThat(small.clauses().certifiedAccounts()).isFalse();
        assertThat(plainText(AgreementDocument.build(small))).doesNotContain(AgreementDocument.CERTIFICATION_SENTENCE);
    }

    @Test
    void o5_the_auditor_clause_only_above_153_000_euros_of_public_subsidies() {
        assertThat(seedFacts(signedSeedAgreement()).clauses().auditorAndPublication()).isTrue();
        assertThat(plainText(AgreementDocument.build(seedFacts(signedSeedAgreement())))).contains(AgreementDocument.AUDITOR_SENTENCE);
        PaperworkFacts small = PaperworkFacts.of(smallAgreement(), seedFunder(), smallAssociation(), TODAY);
        assertThat(small.clauses().auditorAndPublication()).isFalse();
        assertThat(plainText(AgreementDocument.build(small))).doesNotContain(AgreementDocument.AUDITOR_SENTENCE);
    }

    @Test
    void d3_a_subsidy_not_above_23_000_euros_says_the_agreement_is_voluntary() {
        PaperworkFacts small = PaperworkFacts.of(smallAgreement(), seedFunder(), smallAssociation(), TODAY);
        assertThat(small.clauses().agreementMandatory()).isFalse();
        assertThat(plainText(AgreementDocument.build(small))).contains(AgreementDocument.VOLUNTARY_SENTENCE, "20 000,00 €", "33,33 %");
        assertThat(plainText(AgreementDocument.build(seedFacts(signedSeedAgreement())))).doesNotContain(AgreementDocument.VOLUNTARY_SENTENCE);
    }

    @Test
    void v1_the_advance_cap_is_rounded_down_and_the_balance_is_the_rest() {
        AgreementClauses clauses = seedFacts(signedSeedAgreement()).clauses();
        assertThat(clauses.advanceCap()).isEqualTo(Amount.of(64000));
        assertThat(clauses.balanceRate()).isEqualTo(Rate.ofPercent(20));
        assertThat(plainText(AgreementDocument.build(seedFacts(signedSeedAgreement()))))
                .contains("un acompte dans la limite de 80 % de la subvention votée, soit au plus 64 000,00 €, après signature",
                        "le solde (soit 20 %) sera versé sur production");
    }

    @Test
    void n1_the_sixty_day_clause_only_when_the_terms_set_no_date_nor_event() {
        assertThat(seedFacts(signedSeedAgreement()).clauses().sixtyDayPaymentRule()).isFalse();
        assertThat(plainText(AgreementDocument.build(seedFacts(signedSeedAgreement())))).doesNotContain(AgreementDocument.SIXTY_DAYS_SENTENCE);
        PaperworkFacts small = PaperworkFacts.of(smallAgreement(), seedFunder(), smallAssociation(), TODAY);
        assertThat(small.clauses().sixtyDayPaymentRule()).isTrue();
        assertThat(plainText(AgreementDocument.build(small))).contains(AgreementDocument.SIXTY_DAYS_SENTENCE);
        assertThat(plainText(Letters.build(small, DocumentKind.AWARD_NOTIFICATION, 0))).contains("délai de soixante jours");
    }

    @Test
    void n1_the_award_notification_applies_once_a_deliberation_approved_the_agreement() {
        assertThat(kinds(seedFacts(seedAgreement()))).doesNotContain(DocumentKind.AWARD_NOTIFICATION);
        assertThat(kinds(seedFacts(approvedSeedAgreement()))).contains(DocumentKind.AWARD_NOTIFICATION);
    }

    @Test
    void p4_third_party_delegations_are_listed_in_article_3() {
        Agreement agreement = signedSeedAgreement();
        agreement.recordThirdPartyDelegation("Organisation du salon confiée à l'agence Événements Sud", LocalDate.of(2020, 3, 2));
        assertThat(plainText(AgreementDocument.build(seedFacts(agreement)))).contains("Organisation du salon confiée à l'agence Événements Sud (accord du 2 mars 2020)");
    }

    @Test
    void the_seed_has_no_instalments_keep_unspent_nor_multi_year_clause() {
        AgreementClauses clauses = seedFacts(signedSeedAgreement()).clauses();
        assertThat(clauses.instalments()).isEmpty();
        assertThat(clauses.keepUnspent()).isEmpty();
        assertThat(clauses.multiYear()).isEmpty();
    }

    @Test
    void t1_the_formal_notice_applies_only_when_the_funder_sent_one() {
        PaperworkFacts none = seedFacts(signedSeedAgreement());
        assertThat(kinds(none)).doesNotContain(DocumentKind.FORMAL_NOTICE);
        assertThatThrownBy(() -> Letters.build(none, DocumentKind.FORMAL_NOTICE, 1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Mise en demeure n° 1");
        Agreement agreement = signedSeedAgreement();
        AgreementControl control = AgreementControl.empty(agreement.id())
                .withNotice(FormalNotice.send(LocalDate.of(2020, 9, 1), "1A 234 567 8901 2", "Rapport d'activité non fourni", Party.FUNDER))
                .withNotice(FormalNotice.send(LocalDate.of(2020, 9, 5), "1A 999", "Retard de paiement", Party.ASSOCIATION));
        PaperworkFacts facts = new PaperworkFacts(agreement, seedFunder(), seedAssociation(), List.of(), List.of(), control, LocalDate.of(2020, 9, 1));
        assertThat(DocumentCatalogue.available(facts)).filteredOn(d -> d.kind() == DocumentKind.FORMAL_NOTICE)
                .extracting(AvailableDocument::number).containsExactly(1);
        assertThat(plainText(Letters.build(facts, DocumentKind.FORMAL_NOTICE, 1)))
                .contains("MISE EN DEMEURE", "Rapport d'activité non fourni", "1er octobre 2020", "Lettre recommandée avec accusé de réception");
    }

    @Test
    void a2_the_recovery_notice_applies_only_when_a_recovery_order_exists() {
        Agreement agreement = signedSeedAgreement();
        assertThat(kinds(seedFacts(agreement))).doesNotContain(DocumentKind.RECOVERY_NOTICE);
        RecoveryOrder order = RecoveryOrder.issue(RecoveryOrderId.newId(), SEED_FUNDER_ID, agreement.id(), RecoveryOrderNumber.of(2021, 1),
                new RecoveryClaim(RecoveryGround.OVERPAYMENT, Amount.of(9000)), Amount.of(9000), LocalDate.of(2021, 7, 1));
        PaperworkFacts facts = new PaperworkFacts(agreement, seedFunder(), seedAssociation(), List.of(), List.of(order), null, LocalDate.of(2021, 7, 2));
        assertThat(kinds(facts)).contains(DocumentKind.RECOVERY_NOTICE);
        assertThat(plainText(Letters.build(facts, DocumentKind.RECOVERY_NOTICE, 1))).contains("TR-2021-0001", "9 000,00 €", "trop-perçu");
    }

    @Test
    void o11_the_documents_request_lists_the_rejected_and_overdue_obligations() {
        Agreement agreement = signedSeedAgreement();
        Obligation late = Obligation.create(ObligationId.newId(), agreement.id(), ObligationType.FINANCIAL_REPORT, LocalDate.of(2021, 6, 30));
        Obligation notYet = Obligation.create(ObligationId.newId(), agreement.id(), ObligationType.EVALUATION_MEETING, LocalDate.of(2021, 12, 31));
        PaperworkFacts before = new PaperworkFacts(agreement, seedFunder(), seedAssociation(), List.of(late, notYet), List.of(), null, LocalDate.of(2021, 6, 1));
        assertThat(kinds(before)).doesNotContain(DocumentKind.DOCUMENTS_REQUEST);
        PaperworkFacts after = new PaperworkFacts(agreement, seedFunder(), seedAssociation(), List.of(late, notYet), List.of(), null, LocalDate.of(2021, 7, 15));
        String text = plainText(Letters.build(after, DocumentKind.DOCUMENTS_REQUEST, 0));
        assertThat(text).contains("Compte rendu financier de l'emploi de la subvention", "30 juin 2021").doesNotContain("Réunion d'évaluation");
    }

    @Test
    void m1_the_amendment_lists_what_it_changes() {
        Agreement agreement = signedSeedAgreement();
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 6, 15), "Report de l'acompte et hausse du taux d'acompte")
                .withPaymentTerms(seedPaymentTerms().withAdvanceRate(Rate.ofPercent(90))));
        PaperworkFacts facts = seedFacts(agreement);
        assertThat(DocumentCatalogue.available(facts)).extracting(AvailableDocument::label).contains("Avenant n° 1");
        String text = plainText(Letters.build(facts, DocumentKind.AMENDMENT, 1));
        assertThat(text).contains("AVENANT N° 1 À LA CONVENTION N° ECO-2020-SCS", "Modalités de versement", "15 juin 2020",
                "ni les objectifs généraux");
        assertThat(plainText(AgreementDocument.build(facts))).contains("Version consolidée après l'avenant n° 1", "au plus 72 000,00 €");
    }

    @Test
    void t3_the_termination_letter_applies_only_to_a_terminated_agreement() {
        Agreement agreement = signedSeedAgreement();
        assertThat(kinds(seedFacts(agreement))).doesNotContain(DocumentKind.TERMINATION_LETTER);
        agreement.terminate(LocalDate.of(2020, 10, 2), "dissolution de l'association");
        assertThat(kinds(seedFacts(agreement))).contains(DocumentKind.TERMINATION_LETTER);
        assertThat(plainText(Letters.build(seedFacts(agreement), DocumentKind.TERMINATION_LETTER, 0)))
                .contains("RÉSILIATION DE LA CONVENTION", "2 octobre 2020", "dissolution");
    }

    @Test
    void french_typography_spaces_quotes_thousands_and_first_of_the_month() {
        assertThat(FrenchTypography.text("Objet : la « Métropole » ; vraiment ? oui !"))
                .isEqualTo("Objet\u00A0: la «\u202FMétropole\u202F» ; vraiment\u202F? oui\u202F!".replace(" ;", "\u202F;"));
        assertThat(FrenchTypography.text("l'association")).isEqualTo("l’association");
        assertThat(FrenchTypography.amount(Amount.of(1040335))).isEqualTo("1\u202F040\u202F335,00\u00A0€");
        assertThat(FrenchTypography.rate(Rate.ofPercent("7.69"))).isEqualTo("7,69\u00A0%");
        assertThat(FrenchTypography.date(LocalDate.of(2020, 1, 1))).isEqualTo("1er\u00A0janvier 2020");
        assertThat(FrenchTypography.text(FrenchTypography.text("a : b"))).isEqualTo(FrenchTypography.text("a : b"));
    }

    private static List<DocumentKind> kinds(PaperworkFacts facts) {
        return DocumentCatalogue.available(facts).stream().map(AvailableDocument::kind).toList();
    }
}
