package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.UI;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.adapters.web.ui.error.AccessDeniedView;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's routes through the real router and Vaadin Spring's access control (see {@link StaffUi}). */
class DraftRoutesAccessTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    @Test
    void a_case_officer_opens_the_new_and_edit_routes_with_the_wizard() {
        seed.setUpParties();
        seed.createDraft();
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);

        UI.getCurrent().navigate("conventions/nouvelle");
        assertThat(_get(DraftAgreementView.class).form()).isNotNull();
        assertThat(_get(DraftAgreementView.class).form().parties.budgetYear.getValue()).isEqualTo(2020);

        UI.getCurrent().navigate("conventions/" + seed.agreementId() + "/modifier");
        assertThat(_get(DraftAgreementView.class).form().parties.reference.getValue()).isEqualTo("ECO-2020-SCS");
    }

    @Test
    void a_reader_cannot_enter_the_wizard() {
        seed.setUpParties();
        StaffUi.start(app, "lecture.test", Roles.LECTURE);

        UI.getCurrent().navigate("conventions/nouvelle");

        assertThat(_find(DraftAgreementView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).as("the French access-denied page").hasSize(1);
    }
}
