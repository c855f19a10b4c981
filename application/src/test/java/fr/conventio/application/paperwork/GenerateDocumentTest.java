package fr.conventio.application.paperwork;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.AvailableDocument;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.FrenchTypography;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateDocumentTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 10));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void the_signed_seed_agreement_is_generated_stored_recorded_and_listed() {
        seed.signed();

        GeneratedDocument pdf = app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.AGREEMENT, 0, DocumentFormat.PDF));

        assertThat(pdf.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(app.documentRenderer.renderings()).singleElement().satisfies(rendering -> {
            assertThat(rendering.format()).isEqualTo(DocumentFormat.PDF);
            assertThat(FrenchTypography.plain(String.join("\n", rendering.model().texts()))).contains("80 000,00 €", "7,69 %", "64 000,00 €");
        });
        assertThat(app.openDocument.open(new fr.conventio.application.document.OpenDocumentQuery(pdf.documentId())).content())
                .isEqualTo(pdf.content());
        AgreementDocuments documents = app.listAgreementDocuments.list(new ListAgreementDocumentsQuery(seed.agreementId()));
        assertThat(documents.generated()).singleElement().satisfies(record -> {
            assertThat(record.documentId()).isEqualTo(pdf.documentId());
            assertThat(record.kind()).isEqualTo(DocumentKind.AGREEMENT);
            assertThat(record.generatedBy()).isEqualTo(app.currentUser.currentUser());
        });
        assertThat(documents.available()).extracting(AvailableDocument::kind)
                .contains(DocumentKind.AGREEMENT, DocumentKind.AWARD_NOTIFICATION).doesNotContain(DocumentKind.FORMAL_NOTICE);
    }

    @Test
    void a_replay_stores_one_document_and_answers_the_first() {
        seed.signed();
        SubmissionKey key = SubmissionKey.newKey();
        GenerateDocumentCommand command = new GenerateDocumentCommand(key, seed.agreementId(), DocumentKind.AGREEMENT, 0, DocumentFormat.DOCX);

        GeneratedDocument first = app.generateDocument.generate(command);
        GeneratedDocument replay = app.generateDocument.generate(command);

        assertThat(replay.documentId()).isEqualTo(first.documentId());
        assertThat(replay.content()).isEqualTo(first.content());
        assertThat(app.generatedDocuments.size()).isEqualTo(1);
        assertThat(app.documentRenderer.renderings()).hasSize(1);
    }

    @Test
    void t1_a_formal_notice_that_was_never_sent_is_refused_and_nothing_stored() {
        seed.signed();
        var before = app.snapshot();

        assertThatThrownBy(() -> app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.FORMAL_NOTICE, 1, DocumentFormat.PDF)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("Mise en demeure");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void generated_files_are_never_purged_as_unattached() {
        seed.signed();
        GeneratedDocument pdf = app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(),
                DocumentKind.AGREEMENT, 0, DocumentFormat.PDF));

        app.documents.purgeUnattached(java.time.Instant.parse("2100-01-01T00:00:00Z"));

        assertThat(app.documents.find(pdf.documentId())).isPresent();
    }

    private String agreementText() {
        app.generateDocument.generate(new GenerateDocumentCommand(SubmissionKey.newKey(), seed.agreementId(), DocumentKind.AGREEMENT, 0,
                DocumentFormat.PDF));
        return FrenchTypography.plain(String.join("\n", app.documentRenderer.renderings().getLast().model().texts()));
    }

    @Test
    void d5_v5_a4_the_agreement_is_written_from_its_multi_year_plan_instalments_and_keep_unspent_clause() {
        seed.setUpParties();
        var terms = seed.seedTermsWith(null, fr.conventio.domain.settlement.KeepUnspentClause.rate(fr.conventio.domain.shared.Rate.ofPercent(5)));
        var instalments = terms.paymentTerms().withInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                fr.conventio.domain.agreement.Instalment.atSignature(fr.conventio.domain.shared.Amount.of(50000)),
                fr.conventio.domain.agreement.Instalment.balance(fr.conventio.domain.shared.Amount.of(30000))));
        seed.createDraft(new fr.conventio.application.drafting.AgreementTerms(terms.reference(), terms.associationId(), terms.signatory(),
                terms.representative(), terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(),
                instalments, null, terms.keepUnspentClause()));
        app.multiYearPlans.save(fr.conventio.application.shared.Versioned.newAggregate(fr.conventio.domain.multiyear.MultiYearPlan.create(
                seed.agreementId(), fr.conventio.domain.shared.BudgetYear.of(2020), fr.conventio.domain.shared.Amount.of(80000),
                fr.conventio.domain.multiyear.SettlementMode.YEARLY, java.util.List.of(fr.conventio.domain.agreement.Subsidy.onSingleLine(
                        seed.ct1(), fr.conventio.domain.shared.Amount.of(60000))))));

        assertThat(agreementText()).contains("CONVENTION PLURIANNUELLE D'OBJECTIFS", "exercices budgétaires 2020 et 2021",
                "2021 | sous réserve du vote du budget 2021 | 60 000,00 €", "n° 1 | à la signature | 50 000,00 €",
                "dans la limite de 5 % du montant de la subvention");
    }

    @Test
    void d3_o4_a_second_agreement_of_the_year_is_written_on_the_funder_s_annual_total() {
        seed.signed();
        var t = seed.seedTerms();
        seed.createDraft(new fr.conventio.application.drafting.AgreementTerms(fr.conventio.domain.agreement.AgreementReference.of("ECO-2020-SCS-2"),
                t.associationId(), t.signatory(), t.representative(), t.budgetYear(), t.object(), t.programme(),
                fr.conventio.domain.agreement.ForecastBudget.ofEligibleExpenses(fr.conventio.domain.shared.Amount.of(45000)),
                fr.conventio.domain.agreement.Subsidy.onSingleLine(seed.ct1(), fr.conventio.domain.shared.Amount.of(15000)),
                fr.conventio.domain.agreement.PaymentTerms.standard()));

        // 15 000 € alone would be voluntary and below O4, but the funder grants the association 95 000 € that year
        assertThat(agreementText()).contains("15 000,00 €", "le président s'engage à certifier la conformité des comptes annuels")
                .doesNotContain("ne dépasse pas 23 000,00 €");
    }
}
