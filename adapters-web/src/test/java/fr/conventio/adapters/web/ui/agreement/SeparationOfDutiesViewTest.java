package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;

/**
 * The agreement page under the separation of duties: the manager who drafted the agreement is not offered its
 * approval, and is told who may; another manager is. (The use cases refuse it anyway: SeparationOfDutiesTest.)
 */
class SeparationOfDutiesViewTest extends AgreementPageTestBase {

    @Test
    void the_manager_who_drafted_the_agreement_is_not_offered_its_approval_another_manager_is() {
        seed.setUpParties();
        app.currentUser.actAs("marie.responsable");
        seed.createDraft();

        openAs("marie.responsable", "RESPONSABLE");
        assertThat(hasButton("action-approve")).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("reserved-approve")).getText()).isEqualTo("Vous avez rédigé cette"
                + " convention : sa délibération d'approbation doit être enregistrée par un autre responsable (séparation des tâches).");

        openAs("jean.responsable", "RESPONSABLE");
        assertThat(hasButton("action-approve")).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("reserved-approve"))).isEmpty();
    }

    @Test
    void a_case_officer_who_drafted_the_agreement_is_not_told_about_an_approval_his_role_does_not_allow() {
        seed.setUpParties();
        app.currentUser.actAs("claire.instructrice");
        seed.createDraft();

        openAs("claire.instructrice", "INSTRUCTEUR");
        assertThat(details().reservedForOthers()).as("she drafted it").isNotEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("reserved-approve"))).as("approving is not her role anyway").isEmpty();
        assertThat(hasButton("action-approve")).isFalse();
    }
}
