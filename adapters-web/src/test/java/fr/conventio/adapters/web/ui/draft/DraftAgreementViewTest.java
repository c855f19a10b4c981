package fr.conventio.adapters.web.ui.draft;

import fr.conventio.adapters.web.ui.Formats;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import fr.conventio.adapters.web.testing.AgreementPageStub;
import fr.conventio.adapters.web.ui.AgreementListView;
import fr.conventio.adapters.web.ui.association.AssociationDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import fr.conventio.adapters.web.testing.UiTesting;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.draft.BudgetStep.FundingEditor;
import fr.conventio.adapters.web.ui.draft.BudgetStep.InKindEditor;
import fr.conventio.adapters.web.ui.draft.ProgrammeStep.ActionEditor;
import fr.conventio.adapters.web.ui.draft.ProgrammeStep.CategoryEditor;
import fr.conventio.adapters.web.ui.draft.SubsidyStep.AllocationEditor;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.Amount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.conventio.adapters.web.testing.UiTesting.currentPath;
import static fr.conventio.adapters.web.testing.UiTesting.notificationTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The draft wizard driven as a user would, step by step, on the whole application in memory with the
 * seed's funder, budget lines and association ({@link SeedSteps#setUpParties()}).
 */
class DraftAgreementViewTest {

    private static final String NBSP = "\u00A0";
    private static final String CT1 = "CT1 — Budget Principal Métropolitain";
    private static final String PAYS_AIX = "CT2 — Territoire du Pays d'Aix";

    private InMemoryConventio app;
    private SeedSteps seed;
    private DraftAgreementView view;

    @BeforeEach
    void setUp() {
        app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        seed = new SeedSteps(app).setUpParties();
        UiTesting.setUpFrenchUi();
        view = new DraftAgreementView(app.createDraftAgreement, app.editDraftAgreement, app.getAgreement, app.registerAssociation,
                app.searchAssociations, app.getFunderSettings, app.clock, new CurrentStaff("instructeur.test", Set.of(Roles.INSTRUCTEUR)));
        view.warnWith(app.checkSubsidyCommitments);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        UiTesting.tearDown();
    }

    @Test
    void creates_the_seed_agreement_through_the_five_steps_and_opens_its_page() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        assertThat(form.subsidy.share.getText()).isEqualTo("7,69" + NBSP + "% du coût prévisionnel");
        assertThat(form.subsidy.leftToSplit.getText()).isEqualTo("La répartition totalise la subvention.");
        assertThat(form.subsidy.noAgreementRequired.isVisible()).isFalse();
        assertThat(form.subsidy.signatureWarning.isVisible()).as("the lines can commit the seed's split (B4)").isFalse();
        assertThat(allocation(form, 0).remaining.getText()).isEqualTo("Disponible en 2020 : 500" + NBSP + "000,00" + NBSP + "€");
        _click(form.next);
        _setValue(form.payment.paymentOnEvent, true);
        assertThat(form.payment.advanceCap.getText())
                .isEqualTo("Plafond de l'acompte : 64" + NBSP + "000,00" + NBSP + "€ (80,00" + NBSP + "% de la subvention)");

        _click(form.save);

        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        List<Versioned<Agreement>> stored = app.agreements.findAll(a -> true);
        assertThat(stored).hasSize(1);
        Agreement agreement = stored.getFirst().value();
        assertThat(agreement.reference().value()).isEqualTo("ECO-2020-SCS");
        assertThat(agreement.associationId()).isEqualTo(seed.associationId());
        assertThat(agreement.signatory()).isEqualTo(AgreementFixtures.seedSignatory());
        assertThat(agreement.budgetYear()).isEqualTo(AgreementFixtures.YEAR_2020);
        assertThat(agreement.object()).isEqualTo(AgreementFixtures.seedObject());
        assertThat(agreement.programme()).isEqualTo(AgreementFixtures.seedProgramme());
        assertThat(agreement.forecastBudget()).isEqualTo(AgreementFixtures.seedForecastBudget());
        assertThat(agreement.subsidy().votedAmount()).isEqualTo(Amount.of("80000.00"));
        assertThat(agreement.subsidy().amountOn(seed.ct1())).contains(Amount.of(30_000));
        assertThat(agreement.subsidy().amountOn(seed.paysAix())).contains(Amount.of(50_000));
        assertThat(agreement.paymentTerms()).isEqualTo(AgreementFixtures.seedPaymentTerms());
        assertThat(currentPath()).isEqualTo("conventions/" + agreement.id());
        assertThat(notificationTexts()).contains("Brouillon « ECO-2020-SCS » enregistré.");
        assertThat(form.hasChanges()).isFalse();
    }

    @Test
    void b4_a_share_beyond_what_the_line_has_left_is_warned_on_the_subsidy_step_by_the_signature_s_own_check() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "650000", Map.of(CT1, "600000", PAYS_AIX, "50000"));

        assertThat(form.subsidy.signatureWarning.isVisible()).isTrue();
        assertThat(form.subsidy.signatureWarning.getElement().getTextRecursively())
                .startsWith("À la signature, cette répartition serait refusée :").contains("CT1", "il dépasse le disponible")
                .doesNotContain("CT2");

        _setValue(allocation(form, 0).amount, "500 000");
        _setValue(allocation(form, 1).amount, "150 000");
        assertThat(form.subsidy.signatureWarning.isVisible()).as("within both envelopes").isFalse();
    }

    @Test
    void b3_a_split_short_of_the_subsidy_shows_what_is_left_and_the_save_is_refused_keeping_every_value() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "40000"));

        assertThat(form.subsidy.leftToSplit.getText()).isEqualTo("Reste à ventiler : 10" + NBSP + "000,00" + NBSP + "€");
        assertThat(form.subsidy.leftToSplit.hasClassName("draft-error-text")).isTrue();
        assertThat(form.subsidy.allocatedTotal.getText()).isEqualTo("Total ventilé : 70" + NBSP + "000,00" + NBSP + "€");
        Map<String, Object> before = app.snapshot();

        _click(form.save);

        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).doesNotContain("[B3]").contains("totalise"));
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.agreements.findAll(a -> true)).isEmpty();
        assertThat(currentPath()).doesNotStartWith("conventions/");
        assertThat(form.currentStep()).isEqualTo(3);
        assertThat(form.subsidy.subsidy.number()).contains(Amount.of("80000"));
        assertThat(allocation(form, 0).line.getValue().code()).isEqualTo("CT1");
        assertThat(allocation(form, 0).amount.number()).contains(Amount.of("30000"));
        assertThat(allocation(form, 1).line.getValue().code()).isEqualTo("CT2");
        assertThat(allocation(form, 1).amount.number()).contains(Amount.of("40000"));
        assertThat(form.parties.reference.getValue()).isEqualTo("ECO-2020-SCS");
        assertThat(form.programme.objectives.getValue()).isEqualTo(AgreementFixtures.seedObject().objectives());
        assertThat(form.budget.eligibleExpenses.number()).contains(Amount.of("1040335"));
        assertThat(form.hasChanges()).isTrue();
    }

    @Test
    void an_amount_with_three_decimals_is_a_field_error_naming_the_field() {
        view.openNew();
        DraftForm form = view.form();
        form.show(3);

        _setValue(form.subsidy.subsidy, "12,345");

        assertThat(form.subsidy.subsidy.isInvalid()).isTrue();
        assertThat(form.subsidy.subsidy.getErrorMessage())
                .isEqualTo("Montant de la subvention : au plus deux chiffres après la virgule (les centimes), par exemple 12,34.");
        assertThat(form.data().getSubsidy()).isNull();

        _setValue(form.subsidy.subsidy, "-5");
        assertThat(form.subsidy.subsidy.getErrorMessage()).isEqualTo("Montant de la subvention : pas de signe moins, un montant ou un taux ne peut pas être négatif.");

        _setValue(form.subsidy.subsidy, "12,34");
        assertThat(form.subsidy.subsidy.isInvalid()).isFalse();
        assertThat(form.data().getSubsidy()).isEqualTo(Amount.of("12.34"));
    }

    @Test
    void a_siret_with_a_wrong_check_digit_is_a_field_error_and_a_valid_association_is_registered_and_picked() {
        view.openNew();
        DraftForm form = view.form();
        _click(form.parties.newAssociation);
        AssociationDialog dialog = _get(AssociationDialog.class);
        TextField siret = associationField("siret");
        TextField rna = associationField("rna");
        Button register = _get(Button.class, spec -> spec.withId("association-save"));

        _setValue(siret, "999 999 998 00018");

        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).isEqualTo("SIRET : clé de contrôle (Luhn) invalide pour « 99999999800018 »");
        _setValue(rna, "W12345");
        assertThat(rna.getErrorMessage()).startsWith("Numéro RNA : un numéro RNA s'écrit « W » suivi de 9 chiffres");

        _setValue(associationField("name"), "Les Amis du Numérique");
        _setValue(associationField("address"), "1 rue de la République");
        _setValue(associationField("postal-code"), "13001");
        _setValue(associationField("city"), "Marseille");
        _setValue(associationField("representative-name"), "Camille MARTIN");
        _setValue(associationField("representative-function"), "Présidente");
        _setValue(associationField("annual-budget"), "120000");
        _click(register);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser
        assertThat(app.associations.findAll()).hasSize(1);
        assertThat(dialog.isOpened()).isTrue();

        _setValue(siret, "73282932000074");
        _setValue(rna, "w131234567");
        _click(register);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(dialog.isOpened()).isFalse();
        List<Association> registered = app.associations.findAll().stream().map(Versioned::value)
                .filter(a -> a.name().equals("Les Amis du Numérique")).toList();
        assertThat(registered).hasSize(1);
        assertThat(registered.getFirst().rna().orElseThrow().value()).isEqualTo("W131234567");
        assertThat(form.parties.association.getValue().id()).isEqualTo(registered.getFirst().id());
        assertThat(form.parties.association.getValue().label()).isEqualTo("Les Amis du Numérique (73282932000074, Marseille)");
    }

    @Test
    void d3_a_subsidy_of_20_000_shows_that_no_agreement_is_required_live_and_after_saving() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "20000", Map.of(CT1, "20000"));

        String notice = "Aucune convention n'est obligatoire en dessous de 23 000 € (décret 2001-495) : la subvention est enregistrée.";
        assertThat(form.subsidy.noAgreementRequired.isVisible()).isTrue();
        assertThat(form.subsidy.noAgreementRequired.getText()).isEqualTo(notice);
        assertThat(form.subsidy.share.getText()).isEqualTo("1,92" + NBSP + "% du coût prévisionnel");

        _click(form.save);

        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(app.agreements.findAll(a -> true)).singleElement()
                .satisfies(v -> assertThat(v.value().requirement().mandatory()).isFalse());
        assertThat(notificationTexts()).contains(notice);

        _setValue(form.subsidy.subsidy, "23 000,01");
        assertThat(form.subsidy.noAgreementRequired.isVisible()).isFalse();
    }

    @Test
    void d4_a4_a_festival_with_a_5_percent_keep_unspent_clause_is_saved_with_its_period_and_clause() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        _click(form.previous);
        _setValue(form.programme.operationStart, java.time.LocalDate.of(2020, 3, 1));
        _setValue(form.programme.operationEnd, java.time.LocalDate.of(2020, 7, 15));
        _click(form.next);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(form.next);
        assertThat(form.payment.keepUnspentLimit.getText()).isEqualTo("Sans clause, la subvention non utilisée est reversée (prorata des dépenses réelles).");
        assertThat(form.payment.keepUnspentRate.isVisible()).isFalse();
        _setValue(form.payment.keepUnspentKind, fr.conventio.domain.settlement.KeepUnspentClause.Kind.RATE);
        assertThat(form.payment.keepUnspentRate.isVisible()).isTrue();
        _setValue(form.payment.keepUnspentRate, "5");
        assertThat(form.payment.keepUnspentLimit.getText())
                .isEqualTo("L'association pourra conserver au plus 4" + NBSP + "000,00" + NBSP + "€ de la subvention non utilisée.");

        _click(form.save);
        MockVaadin.clientRoundtrip(false);

        Agreement agreement = app.agreements.findAll(a -> true).getFirst().value();
        assertThat(agreement.operationPeriod()).isEqualTo(new fr.conventio.domain.shared.DatePeriod(java.time.LocalDate.of(2020, 3, 1),
                java.time.LocalDate.of(2020, 7, 15)));
        assertThat(agreement.keepUnspentClause()).isEqualTo(fr.conventio.domain.settlement.KeepUnspentClause.rate(
                fr.conventio.domain.shared.Rate.ofPercent(5)));
    }

    @Test
    void d4_an_operation_ending_before_it_starts_is_a_field_error_naming_the_field() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        _click(form.previous);
        _setValue(form.programme.operationStart, java.time.LocalDate.of(2020, 9, 1));
        _setValue(form.programme.operationEnd, java.time.LocalDate.of(2020, 6, 30));

        assertThat(form.programme.operationEnd.isInvalid()).isTrue();
        assertThat(form.programme.operationEnd.getErrorMessage())
                .isEqualTo("Fin de l'opération : elle ne peut pas précéder le début de l'opération.");
    }

    @Test
    void d3_the_no_agreement_notice_does_not_show_when_the_annual_total_from_the_funder_exceeds_23_000() {
        fr.conventio.domain.shared.AgreementId earlier = app.createDraftAgreement.create(new fr.conventio.application.drafting.CreateDraftAgreementCommand(
                new fr.conventio.application.drafting.AgreementTerms(fr.conventio.domain.agreement.AgreementReference.of("PREMIERE-2020"),
                        seed.associationId(), AgreementFixtures.seedSignatory(), null, AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(),
                        AgreementFixtures.seedProgramme(), fr.conventio.domain.agreement.ForecastBudget.ofEligibleExpenses(Amount.of(100_000)),
                        fr.conventio.domain.agreement.Subsidy.onSingleLine(seed.ct1(), Amount.of(20_000)), null))).agreementId();
        app.as(SeedSteps.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(earlier,
                app.agreements.findById(earlier).orElseThrow().version(), AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new fr.conventio.application.lifecycle.SignAgreementCommand(earlier,
                app.agreements.findById(earlier).orElseThrow().version(), AgreementFixtures.SIGNATURE_DATE));
        view.countAnnualTotalsWith(app.getAssociation);
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);

        fillSubsidy(form, "10000", Map.of(CT1, "10000"));

        assertThat(form.subsidy.noAgreementRequired.getText()).doesNotContain("Aucune convention n'est obligatoire")
                .isEqualTo("Avec les autres conventions signées de l'exercice, la collectivité accorde à cette association 30" + NBSP
                        + "000,00" + NBSP + "€ : une convention est obligatoire (décret n° 2001-495 du 6 juin 2001, montant annuel).");

        _setValue(form.subsidy.subsidy, "3 000,00");
        assertThat(form.subsidy.noAgreementRequired.getText()).startsWith("Aucune convention n'est obligatoire");
    }

    @Test
    void v1_the_advance_cap_shown_is_the_domain_s_rounded_down_never_above_the_rate() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "1 234,57", Map.of(CT1, "1234,57"));
        _click(form.next);

        assertThat(form.payment.advanceCap.getText()).as("80 %% of 1 234,57 € is 987,656 €: 987,65 €, not 987,66 €")
                .isEqualTo("Plafond de l'acompte : 987,65" + NBSP + "€ (80,00" + NBSP + "% de la subvention)");
    }

    @Test
    void the_objectives_categories_actions_and_financing_texts_are_capped_at_the_domain_limits() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);

        assertThat(form.programme.objectives.getMaxLength()).isEqualTo(10_000);
        assertThat(form.programme.objectives.getHelperText()).endsWith(" / 10" + NBSP + "000 caractères");
        CategoryEditor category = (CategoryEditor) form.programme.categories.editor(0);
        assertThat(category.title.getMaxLength()).isEqualTo(300);
        assertThat(((ActionEditor) category.actions.editor(0)).text.getMaxLength()).isEqualTo(2_000);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(form, TextField.class))
                .allSatisfy(field -> assertThat(field.getMaxLength()).as(field.getLabel()).isPositive());

        form.programme.objectives.setValue("o".repeat(10_001));
        assertThat(form.programme.objectives.isInvalid()).isTrue();
        assertThat(form.programme.objectives.getErrorMessage()).isEqualTo("Objet de la convention (article 1er, objectifs généraux) : 10"
                + NBSP + "000 caractères au plus");
    }

    @Test
    void edits_a_draft_from_its_stored_values() {
        seed.createDraft();
        long version = seed.version();

        view.openDraft(seed.agreementId().toString());
        DraftForm form = view.form();

        assertThat(form.parties.reference.getValue()).isEqualTo("ECO-2020-SCS");
        assertThat(form.parties.association.getValue().id()).isEqualTo(seed.associationId());
        assertThat(form.programme.categories.size()).isEqualTo(5);
        assertThat(allocation(form, 1).line.getValue().code()).isEqualTo("CT2");
        form.show(3);
        _setValue(allocation(form, 0).amount, "35 000");
        _setValue(allocation(form, 1).amount, "45000");
        _click(form.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        Versioned<Agreement> stored = app.agreements.findById(seed.agreementId()).orElseThrow();
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.value().subsidy().amountOn(seed.ct1())).contains(Amount.of(35_000));
        assertThat(stored.value().subsidy().amountOn(seed.paysAix())).contains(Amount.of(45_000));
        assertThat(stored.value().programme()).isEqualTo(AgreementFixtures.seedProgramme());
        assertThat(currentPath()).isEqualTo("conventions/" + seed.agreementId());
    }

    @Test
    void editing_an_agreement_past_draft_is_refused_with_a_clear_message_and_no_form() {
        seed.createDraft();
        seed.approve();

        view.openDraft(seed.agreementId().toString());

        assertThat(view.form()).isNull();
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("draft-message")).getText())
                .isEqualTo("La convention ECO-2020-SCS est « Approuvée » : seul un brouillon se modifie ici. "
                        + "Pour changer ses conditions, passez par un avenant depuis la page de la convention.");
        assertThat(view.getPageTitle()).startsWith("Modifier la convention ECO-2020-SCS");
    }

    @Test
    void an_unknown_agreement_id_says_so() {
        view.openDraft("pas-un-identifiant");

        assertThat(view.form()).isNull();
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("draft-message")).getText())
                .isEqualTo("Convention introuvable : « pas-un-identifiant ».");
    }

    @Test
    void leaving_with_unsaved_changes_asks_for_confirmation_first_and_staying_is_the_default() {
        view.openNew();
        BeforeLeaveEvent untouched = mock(BeforeLeaveEvent.class);
        view.beforeLeave(untouched);
        verify(untouched, never()).postpone();

        _setValue(view.form().parties.reference, "ECO-2020-SCS");
        BeforeLeaveEvent leaving = mock(BeforeLeaveEvent.class);
        BeforeLeaveEvent.ContinueNavigationAction proceed = mock(BeforeLeaveEvent.ContinueNavigationAction.class);
        when(leaving.postpone()).thenReturn(proceed);
        view.beforeLeave(leaving);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Quitter sans enregistrer ?");
        assertThat(confirm.getElement().getProperty("confirmText")).as("the default button stays").isEqualTo("Rester sur le brouillon");
        assertThat(confirm.getElement().getProperty("rejectText")).isEqualTo("Quitter sans enregistrer");
        verify(proceed, never()).proceed();
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close();
        verify(proceed, never()).proceed();

        view.beforeLeave(leaving);
        ConfirmDialog again = _get(ConfirmDialog.class);
        _fireEvent(again, new ConfirmDialog.RejectEvent(again, false));
        verify(proceed).proceed();
    }

    @Test
    void input_typed_and_not_saved_is_restored_on_reload_with_its_step_and_a_notice() {
        view.openNew();
        _setValue(view.form().parties.reference, "ECO-2021-NEUF");
        _click(view.form().next);
        _setValue(view.form().programme.objectives, "Objectifs tapés avant le rechargement");

        DraftAgreementView reloaded = newView();
        reloaded.openNew();

        assertThat(reloaded.form()).isNotSameAs(view.form());
        assertThat(reloaded.form().parties.reference.getValue()).isEqualTo("ECO-2021-NEUF");
        assertThat(reloaded.form().programme.objectives.getValue()).isEqualTo("Objectifs tapés avant le rechargement");
        assertThat(reloaded.form().currentStep()).as("the step shown when the page was left").isEqualTo(1);
        assertThat(reloaded.form().hasChanges()).as("leaving still warns").isTrue();
        assertThat(_get(reloaded, Paragraph.class, spec -> spec.withText(
                "Saisie restaurée : ce que vous aviez saisi sans l'enregistrer a été retrouvé. Enregistrez le brouillon pour le conserver.")))
                .isNotNull();
    }

    @Test
    void nothing_typed_restores_nothing_and_a_saved_draft_leaves_nothing_to_restore() {
        view.openNew();
        DraftAgreementView reloaded = newView();
        reloaded.openNew();
        assertThat(reloaded.form().parties.reference.getValue()).isEmpty();
        assertThat(reloaded.form().hasChanges()).isFalse();

        fillSeedUpToBudget(reloaded.form());
        fillSubsidy(reloaded.form(), "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(reloaded.form().save);
        DraftAgreementView afterSave = newView();
        afterSave.openNew();

        assertThat(app.agreements.findAll(a -> true)).hasSize(1);
        assertThat(afterSave.form().parties.reference.getValue()).isEmpty();
    }

    @Test
    void a_reference_in_use_differing_only_by_case_and_accents_is_refused_on_its_field_and_opens_its_step() {
        seed.createDraft();
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(form.next);
        for (int step = 4; step > 0; step--) {
            _click(form.previous);
        }
        _setValue(form.parties.reference, "Éco-2020-scs");
        for (int step = 0; step < 4; step++) {
            _click(form.next);
        }
        assertThat(form.currentStep()).isEqualTo(4);

        _click(form.save);

        assertThat(app.agreements.findAll(a -> true)).hasSize(1);
        assertThat(form.currentStep()).isZero();
        assertThat(form.parties.reference.isInvalid()).isTrue();
        assertThat(form.parties.reference.getErrorMessage()).isEqualTo("Une convention « ECO-2020-SCS » existe déjà "
                + "(« Éco-2020-scs » ne s'en distingue que par les majuscules ou les accents)");
    }

    private DraftAgreementView newView() {
        DraftAgreementView other = new DraftAgreementView(app.createDraftAgreement, app.editDraftAgreement, app.getAgreement,
                app.registerAssociation, app.searchAssociations, app.getFunderSettings, app.clock,
                new CurrentStaff("instructeur.test", Set.of(Roles.INSTRUCTEUR)));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(other);
        return other;
    }

    @Test
    void routes_new_and_edit_are_the_wizard_and_do_not_shadow_the_agreement_page() {
        UiTesting.tearDown();
        MockVaadin.setup(new Routes(Set.of(DraftAgreementView.class, AgreementListView.class, AgreementPageStub.class), Set.of(), true));
        String id = AgreementFixtures.SEED_AGREEMENT_ID.toString();

        assertThat(NavigatorKt.resolveRoute("conventions/nouvelle")).isEqualTo(DraftAgreementView.class);
        assertThat(NavigatorKt.resolveRoute("conventions/" + id + "/modifier")).isEqualTo(DraftAgreementView.class);
        assertThat(NavigatorKt.resolveRoute("conventions/" + id)).isEqualTo(AgreementPageStub.class);
        assertThat(NavigatorKt.resolveRoute("conventions")).isEqualTo(AgreementListView.class);
    }

    @Test
    void v5_d5_a_three_year_cpo_paid_in_three_instalments_is_typed_reviewed_and_created_in_one_save() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(form.next);
        assertThat(form.payment.instalments.isVisible() && form.payment.instalments.getParent().orElseThrow().isVisible())
                .as("advance and balance by default").isFalse();

        _setValue(form.payment.mode, fr.conventio.domain.agreement.PaymentTerms.Mode.INSTALMENTS);
        assertThat(form.payment.instalments.size()).as("a schedule has at least two instalments").isEqualTo(2);
        assertThat(form.payment.advanceRate.isVisible() && form.payment.advanceRate.getParent().orElseThrow().isVisible()).isFalse();
        _click(form.payment.instalments.addButton());
        _setValue(instalment(form, 0).amount, "40 000");
        assertThat(form.payment.leftToSpread.getText()).isEqualTo("Reste à répartir : 40" + NBSP + "000,00" + NBSP + "€");
        assertThat(form.payment.leftToSpread.hasClassName("draft-error-text")).isTrue();
        _setValue(instalment(form, 1).condition, fr.conventio.domain.agreement.InstalmentCondition.DATE);
        assertThat(instalment(form, 1).date.isVisible()).isTrue();
        _setValue(instalment(form, 1).date, LocalDate.of(2020, 6, 1));
        _setValue(instalment(form, 1).amount, "24000");
        assertThat(instalment(form, 2).condition.isVisible()).as("the last instalment is the balance").isFalse();
        assertThat(instalment(form, 2).balance.isVisible()).isTrue();
        _setValue(instalment(form, 2).amount, "16000");
        assertThat(form.payment.leftToSpread.getText()).isEqualTo("Les versements totalisent la subvention.");

        _click(form.next);
        assertThat(form.currentStep()).isEqualTo(5);
        _setValue(form.duration.years, 3);
        _setValue(form.duration.settlementMode, fr.conventio.domain.multiyear.SettlementMode.YEARLY);
        DurationStep.YearEditor year2 = form.duration.laterYears.get(0);
        assertThat(year2.heading.getText()).isEqualTo("Année 2 — exercice 2021");
        assertThat(year2.lineAmounts).extracting(AmountField::getLabel).containsExactly(CT1 + " (2021)", PAYS_AIX + " (2021)");
        _setValue(year2.amount, "70000");
        _setValue(year2.lineAmounts.get(0), "30000");
        assertThat(year2.leftToSplit.getText()).isEqualTo("Reste à ventiler : 40" + NBSP + "000,00" + NBSP + "€");
        _setValue(year2.lineAmounts.get(1), "40000");
        assertThat(year2.leftToSplit.getText()).isEqualTo("La répartition totalise le montant de l'exercice.");
        DurationStep.YearEditor year3 = form.duration.laterYears.get(1);
        _setValue(year3.amount, "60000");
        _setValue(year3.lineAmounts.get(0), "30000");
        _setValue(year3.lineAmounts.get(1), "30000");
        assertThat(form.duration.laterYears.get(2).component.isVisible()).as("a fourth year is not planned").isFalse();

        _click(form.next);
        assertThat(form.currentStep()).isEqualTo(6);
        assertThat(form.review.payment.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly(
                "Versement n° 1 : 40" + NBSP + "000,00" + NBSP + "€, à la signature",
                "Versement n° 2 : 24" + NBSP + "000,00" + NBSP + "€, le " + Formats.date(LocalDate.of(2020, 6, 1)),
                "Versement n° 3 : 16" + NBSP + "000,00" + NBSP + "€, solde, après les documents du solde et la liquidation");
        assertThat(form.review.years.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly(
                "Année 1 — exercice 2020 : 80" + NBSP + "000,00" + NBSP + "€ (CT1 : 30" + NBSP + "000,00" + NBSP + "€ ; CT2 : 50" + NBSP + "000,00" + NBSP + "€)",
                "Année 2 — exercice 2021 : 70" + NBSP + "000,00" + NBSP + "€ (CT1 : 30" + NBSP + "000,00" + NBSP + "€ ; CT2 : 40" + NBSP + "000,00" + NBSP + "€)",
                "Année 3 — exercice 2022 : 60" + NBSP + "000,00" + NBSP + "€ (CT1 : 30" + NBSP + "000,00" + NBSP + "€ ; CT2 : 30" + NBSP + "000,00" + NBSP + "€)",
                "Liquidation : chaque année (bilan financier et liquidation par exercice).");

        _click(form.save);
        MockVaadin.clientRoundtrip(false);

        List<Versioned<Agreement>> stored = app.agreements.findAll(a -> true);
        assertThat(stored).hasSize(1);
        Agreement agreement = stored.getFirst().value();
        assertThat(agreement.paymentTerms().instalments().orElseThrow().instalments()).containsExactly(
                fr.conventio.domain.agreement.Instalment.atSignature(Amount.of(40_000)),
                fr.conventio.domain.agreement.Instalment.on(Amount.of(24_000), LocalDate.of(2020, 6, 1)),
                fr.conventio.domain.agreement.Instalment.balance(Amount.of(16_000)));
        var plan = app.getMultiYearPlan.get(agreement.id()).orElseThrow();
        assertThat(plan.years()).extracting(y -> y.budgetYear().value()).containsExactly(2020, 2021, 2022);
        assertThat(plan.years()).extracting(y -> y.amount()).containsExactly(Amount.of(80_000), Amount.of(70_000), Amount.of(60_000));
        assertThat(currentPath()).isEqualTo("conventions/" + agreement.id());
    }

    @Test
    void v5_instalments_short_of_the_subsidy_refuse_the_save_with_a_message_naming_the_field_and_write_nothing() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(form.next);
        _setValue(form.payment.mode, fr.conventio.domain.agreement.PaymentTerms.Mode.INSTALMENTS);
        _setValue(instalment(form, 0).amount, "40000");
        _setValue(instalment(form, 1).amount, "30000");
        assertThat(form.payment.leftToSpread.getText()).isEqualTo("Reste à répartir : 10" + NBSP + "000,00" + NBSP + "€");
        Map<String, Object> before = app.snapshot();
        form.show(6);

        _click(form.save);
        MockVaadin.clientRoundtrip(false);

        assertThat(form.currentStep()).as("the step with the error is shown").isEqualTo(4);
        assertThat(form.payment.leftToSpread.getText()).isEqualTo("Versements échelonnés : ils totalisent 70" + NBSP + "000,00" + NBSP
                + "€ pour une subvention de 80" + NBSP + "000,00" + NBSP + "€ ; il manque 10" + NBSP + "000,00" + NBSP + "€.");
        assertThat(form.payment.leftToSpread.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("Modalités de versement"));
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void b3_d5_a_later_year_whose_lines_do_not_add_up_to_its_amount_refuses_the_save_naming_the_year() {
        view.openNew();
        DraftForm form = view.form();
        fillSeedUpToBudget(form);
        fillSubsidy(form, "80000", Map.of(CT1, "30000", PAYS_AIX, "50000"));
        _click(form.next);
        _click(form.next);
        _setValue(form.duration.years, 2);
        DurationStep.YearEditor year2 = form.duration.laterYears.get(0);
        _setValue(year2.amount, "70000");
        _setValue(year2.lineAmounts.get(0), "30000");
        _setValue(year2.lineAmounts.get(1), "30000");
        Map<String, Object> before = app.snapshot();

        _click(form.save);
        MockVaadin.clientRoundtrip(false);

        assertThat(form.currentStep()).isEqualTo(5);
        assertThat(year2.leftToSplit.getText()).isEqualTo("Exercice 2021 : la répartition sur les lignes budgétaires totalise 60" + NBSP
                + "000,00" + NBSP + "€ pour un montant de 70" + NBSP + "000,00" + NBSP + "€ ; il manque 10" + NBSP + "000,00" + NBSP + "€.");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void v5_a_stored_draft_paid_by_instalments_is_edited_with_its_schedule_and_its_years_are_left_to_its_page() {
        var terms = seed.seedTerms();
        seed.createDraft(new fr.conventio.application.drafting.AgreementTerms(terms.reference(), terms.associationId(), terms.signatory(),
                terms.representative(), terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(),
                terms.paymentTerms().withInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                        fr.conventio.domain.agreement.Instalment.onDocument(Amount.of(50_000), "INSURANCE_CERTIFICATE"),
                        fr.conventio.domain.agreement.Instalment.balance(Amount.of(30_000)))),
                terms.operationPeriod(), terms.keepUnspentClause()));

        view.openDraft(seed.agreementId().toString());
        DraftForm form = view.form();

        assertThat(form.payment.mode.getValue()).isEqualTo(fr.conventio.domain.agreement.PaymentTerms.Mode.INSTALMENTS);
        assertThat(instalment(form, 0).document.getValue()).isEqualTo(fr.conventio.domain.obligation.ObligationType.INSURANCE_CERTIFICATE);
        assertThat(form.payment.leftToSpread.getText()).isEqualTo("Les versements totalisent la subvention.");
        assertThat(form.duration.laterYears).as("no years to type when editing").isEmpty();
        assertThat(form.duration.getElement().getTextRecursively()).contains("se modifie depuis sa page");
        assertThat(form.review.years.getElement().getTextRecursively()).as("the stored years are not guessed").contains("se modifie depuis sa page");
        assertThat(form.review.payment.getElement().getTextRecursively()).contains("Versement n° 1", "Versement n° 2");
        form.show(4);
        _setValue(instalment(form, 0).amount, "60000");
        _setValue(instalment(form, 1).amount, "20000");
        _click(form.save);
        MockVaadin.clientRoundtrip(false);

        Agreement stored = app.agreements.findById(seed.agreementId()).orElseThrow().value();
        assertThat(stored.paymentTerms().instalments().orElseThrow().balancePart()).isEqualTo(Amount.of(20_000));
    }

    // ------------------------------------------------------------------ filling the steps as a user would

    /** Steps 1 to 3 with the seed's values, leaving step 3 shown. */
    private void fillSeedUpToBudget(DraftForm form) {
        ComboBoxKt.setUserInput(form.parties.association, "solutions");
        List<AssociationChoice> found = ComboBoxKt.getSuggestionItems(form.parties.association);
        assertThat(found).extracting(AssociationChoice::name).containsExactly(AgreementFixtures.seedAssociation().name());
        _setValue(form.parties.association, found.getFirst());
        ComboBoxKt.selectByLabel(form.parties.signatory, AgreementFixtures.seedSignatory().designation());
        _setValue(form.parties.reference, "ECO-2020-SCS");
        _setValue(form.parties.budgetYear, 2020);

        _click(form.next);
        _setValue(form.programme.objectives, AgreementFixtures.seedObject().objectives());
        List<ActionCategory> categories = AgreementFixtures.seedProgramme().categories();
        for (int i = 0; i < categories.size(); i++) {
            if (i > 0) {
                _click(form.programme.categories.addButton());
            }
            CategoryEditor category = (CategoryEditor) form.programme.categories.editor(i);
            _setValue(category.title, categories.get(i).title());
            for (int j = 0; j < categories.get(i).actions().size(); j++) {
                if (j > 0) {
                    _click(category.actions.addButton());
                }
                _setValue(((ActionEditor) category.actions.editor(j)).text, categories.get(i).actions().get(j).text());
            }
        }

        _click(form.next);
        _setValue(form.budget.eligibleExpenses, "1 040 335");
        List<FundingSource> plan = AgreementFixtures.seedForecastBudget().financingPlan();
        for (int i = 0; i < plan.size(); i++) {
            _click(form.budget.financingPlan.addButton());
            FundingEditor line = (FundingEditor) form.budget.financingPlan.editor(i);
            _setValue(line.kind, plan.get(i).kind());
            _setValue(line.name, plan.get(i).name());
            _setValue(line.amount, Formats.number(plan.get(i).amount().value()));
        }
        assertThat(form.budget.financingGap.getText()).isEqualTo("Plan de financement équilibré avec les dépenses.");
        List<InKindContribution> inKind = AgreementFixtures.seedForecastBudget().inKindContributions();
        for (int i = 0; i < inKind.size(); i++) {
            _click(form.budget.inKind.addButton());
            InKindEditor line = (InKindEditor) form.budget.inKind.editor(i);
            _setValue(line.kind, inKind.get(i).kind());
            _setValue(line.description, inKind.get(i).description());
            _setValue(line.value, Formats.number(inKind.get(i).value().value()));
        }
        assertThat(form.budget.inKindTotal.getText()).isEqualTo("Total des contributions en nature : 24" + NBSP + "000,00" + NBSP + "€");
    }

    /** Step 4: the subsidy and its split, lines picked by their label, in the map's order of iteration. */
    private void fillSubsidy(DraftForm form, String amount, Map<String, String> split) {
        _click(form.next);
        _setValue(form.subsidy.subsidy, amount);
        int i = 0;
        for (String line : List.of(CT1, PAYS_AIX)) {
            if (!split.containsKey(line)) {
                continue;
            }
            if (i > 0) {
                _click(form.subsidy.allocations.addButton());
            }
            ComboBoxKt.selectByLabel(allocation(form, i).line, line);
            _setValue(allocation(form, i).amount, split.get(line));
            i++;
        }
    }

    private static PaymentStep.InstalmentEditor instalment(DraftForm form, int index) {
        return (PaymentStep.InstalmentEditor) form.payment.instalments.editor(index);
    }

    private static AllocationEditor allocation(DraftForm form, int index) {
        return (AllocationEditor) form.subsidy.allocations.editor(index);
    }

    private static TextField associationField(String id) {
        return _get(TextField.class, spec -> spec.withId("association-" + id));
    }
}
