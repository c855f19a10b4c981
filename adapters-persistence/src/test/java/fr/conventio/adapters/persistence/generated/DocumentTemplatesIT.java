package fr.conventio.adapters.persistence.generated;

import fr.conventio.adapters.persistence.DatabaseTestSupport;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Document templates on PostgreSQL: saved, replaced, reset, each change audited with the old and new wording. */
class DocumentTemplatesIT extends DatabaseTestSupport {

    @Autowired
    private DocumentTemplatePersistenceAdapter templates;
    @Autowired
    private FixedCurrentUser currentUser;

    @Test
    void a_template_is_saved_replaced_and_reset_with_an_audit_row_each_time() {
        jdbc.execute("delete from document_template");
        currentUser.actAs("admin.test");
        DocumentTemplate first = new DocumentTemplate(DocumentKind.FORMAL_NOTICE, "{{financeur.nom}}\nDirection juridique", null, null);
        DocumentTemplate second = new DocumentTemplate(DocumentKind.FORMAL_NOTICE, "{{financeur.nom}}\nDirection des affaires juridiques",
                null, "Veuillez agréer, {{association.representant}}, nos salutations.");

        templates.save(first);
        templates.save(second);
        assertThat(templates.find(DocumentKind.FORMAL_NOTICE)).contains(second);
        assertThat(templates.findAll()).containsExactly(second);
        templates.reset(DocumentKind.FORMAL_NOTICE);

        assertThat(templates.find(DocumentKind.FORMAL_NOTICE)).isEmpty();
        var id = DocumentTemplatePersistenceAdapter.idOf(DocumentKind.FORMAL_NOTICE);
        assertThat(jdbc.queryForList("select action from audit_event where aggregate_type = 'DOCUMENT_TEMPLATE' and aggregate_id = ? order by id",
                String.class, id)).containsExactly("INSERT", "UPDATE", "UPDATE");
        assertThat(jdbc.queryForObject("select changes -> 'en-tête' ->> 'old' from audit_event where aggregate_id = ? order by id offset 1 limit 1",
                String.class, id)).isEqualTo("{{financeur.nom}}\nDirection juridique");
        assertThat(jdbc.queryForObject("select actor from audit_event where aggregate_id = ? order by id limit 1", String.class, id))
                .isEqualTo("admin.test");
    }
}
