package fr.conventio.bootstrap.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchErrorPagesTest {

    @Test
    void not_found_says_page_introuvable_in_french_with_a_link_to_the_dashboard() {
        String page = FrenchErrorPages.html(HttpStatus.NOT_FOUND, "/");

        assertThat(page).contains("<html lang=\"fr\">").contains("<title>Page introuvable — Conventio</title>")
                .contains("<h1>Page introuvable</h1>").contains("<a href=\"/\">Retour au tableau de bord</a>");
    }

    @Test
    void forbidden_says_the_request_was_refused_accents_as_they_are_quotes_escaped() {
        assertThat(FrenchErrorPages.html(HttpStatus.FORBIDDEN, "/")).contains("<h1>Demande refusée</h1>")
                .contains("Cette demande n&#39;a pas pu être traitée").doesNotContain("&ecirc;");
    }

    @Test
    void another_client_error_says_the_request_was_refused_and_a_server_error_that_it_was_unexpected() {
        assertThat(FrenchErrorPages.html(HttpStatus.PAYLOAD_TOO_LARGE, "/")).contains("<h1>Demande refusée</h1>");
        assertThat(FrenchErrorPages.html(HttpStatus.BAD_REQUEST, "/")).contains("<h1>Demande refusée</h1>");
        assertThat(FrenchErrorPages.html(HttpStatus.INTERNAL_SERVER_ERROR, "/")).contains("<h1>Erreur inattendue</h1>");
        assertThat(FrenchErrorPages.html(HttpStatus.SERVICE_UNAVAILABLE, "/")).contains("<h1>Erreur inattendue</h1>");
    }

    @Test
    void the_link_home_is_escaped() {
        assertThat(FrenchErrorPages.html(HttpStatus.NOT_FOUND, "/\"><script>/")).doesNotContain("<script>")
                .contains("href=\"/&quot;&gt;&lt;script&gt;/\"");
    }
}
