package fr.conventio.adapters.web.ui.agreement;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The route {@code conventions/:id} through the router and Vaadin Spring's access control, as the application runs it. */
class AgreementRouteTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 2, 17));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    @Test
    void every_role_opens_the_agreement_page_by_its_route_and_the_title_is_the_reference() {
        seed.signed();
        for (String role : Roles.ALL) {
            StaffUi.start(app, "agent.test", role);
            UI.getCurrent().navigate("conventions/" + seed.agreementId());
            assertThat(_get(H2.class, spec -> spec.withId("agreement-title")).getText()).as(role).isEqualTo("ECO-2020-SCS");
            assertThat(_find(AgreementView.class)).hasSize(1);
            StaffUi.stop();
        }
    }

    @Test
    void a_link_that_is_not_an_agreement_id_says_the_agreement_is_not_found() {
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate("conventions/pas-un-identifiant");

        assertThat(_get(H2.class).getText()).isEqualTo("Convention introuvable");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Aucune convention ne correspond à ce lien (pas-un-identifiant).");
    }
}
