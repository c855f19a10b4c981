package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.common.AmountField;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Avenants": an amendment lists what it changes, each version keeps its figures, the object and beneficiary are never offered (M1, P3). */
class AmendmentsTabTest extends AgreementPageTestBase {

    @Test
    void m1_an_amendment_of_the_subsidy_makes_version_1_and_keeps_version_0_as_signed() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 5, 4));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Avenants");
        click("amendments-create");

        assertThat(_find(dialog(), com.vaadin.flow.component.Component.class, s -> s.withPredicate(c -> c instanceof HasValue<?, ?>
                && String.valueOf(c.getElement().getProperty("label")).matches("(?i).*(objet de la convention|bénéficiaire).*")))).isEmpty();
        assertThat(_find(dialog(), Paragraph.class)).anyMatch(p -> p.getText().contains("ne peuvent jamais être modifiés par avenant :"));

        type("Objet de l'avenant", "Réduction du programme");
        submit();
        assertThat(_get(dialog(), Div.class, s -> s.withClasses("form-problem")).getText())
                .isEqualTo("Cochez au moins un élément que l'avenant modifie.");

        _setValue(_get(dialog(), Checkbox.class, s -> s.withId("amend-change-subsidy")), true);
        _setValue(_get(dialog(), AmountField.class, s -> s.withId("amend-subsidy")), "70 000");
        assertThat(text("amend-split-total")).as("the live total of what is typed")
                .isEqualTo("Total réparti : " + euros("80 000,00") + " — la subvention est de " + euros("70 000,00")
                        + " : la répartition doit la totaliser au centime.");
        _setValue(_get(dialog(), AmountField.class, s -> s.withId("amend-line-1")), "40 000");
        assertThat(text("amend-split-total")).isEqualTo("Total réparti : " + euros("70 000,00") + " — égal à la subvention ("
                + euros("70 000,00") + ").");
        submit();
        assertThat(confirmationText()).contains("subvention " + euros("80 000,00") + " → " + euros("70 000,00"),
                " → " + euros("40 000,00")).doesNotContain(" → " + euros("30 000,00"));
        confirm();

        assertThat(lastNotification()).isEqualTo("Avenant n° 1 du 04/05/2020 conclu.");
        assertThat(GridKt._getFormattedRow(grid("amendments-grid"), 0)).containsExactly("Avenant n° 1", "04/05/2020",
                "Réduction du programme", "Montant de la subvention ; Répartition de la subvention");
        var versions = grid("versions-grid");
        assertThat(GridKt._size(versions)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(versions, 0).subList(0, 5)).containsExactly("Version 0 (telle que signée)", "03/02/2020",
                euros("80 000,00"), euros("1 040 335,00"), "7,69" + NBSP + "%");
        assertThat(GridKt._getFormattedRow(versions, 1).subList(0, 5)).containsExactly("Version 1 (après l'avenant n° 1)", "04/05/2020",
                euros("70 000,00"), euros("1 040 335,00"), "6,73" + NBSP + "%");
        assertThat(text("figure-subsidy")).isEqualTo(euros("70 000,00"));
    }

    @Test
    void amending_is_not_offered_on_a_draft_nor_to_read_only_staff() {
        seed.setUpParties();
        seed.createDraft();
        openAs("marie.responsable", "RESPONSABLE");
        tab("Avenants");
        assertThat(hasButton("amendments-create")).isFalse();
        assertThat(GridKt._size(grid("versions-grid"))).isZero();

        seed.approve();
        seed.sign();
        openAs("lea.lecture", "LECTURE");
        tab("Avenants");
        assertThat(hasButton("amendments-create")).isFalse();
        assertThat(GridKt._size(grid("versions-grid"))).isEqualTo(1);
    }
}
