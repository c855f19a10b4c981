package fr.conventio.adapters.persistence.generated;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Document templates in {@code document_template}, one row per replaced kind; every save and reset audited with old and new wording. */
@Component
public class DocumentTemplatePersistenceAdapter implements DocumentTemplateRepository {

    private static final RowMapper<DocumentTemplate> ROW = (rs, n) -> new DocumentTemplate(DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("letterhead"), rs.getString("opening"), rs.getString("closing"));

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final CurrentUserPort currentUser;

    DocumentTemplatePersistenceAdapter(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail, CurrentUserPort currentUser) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** The audit trail's id of a kind's template: the same for every save and reset of that kind. */
    static UUID idOf(DocumentKind kind) {
        return UUID.nameUUIDFromBytes(("document_template:" + kind.name()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<DocumentTemplate> find(DocumentKind kind) {
        return jdbc.query("select kind, letterhead, opening, closing from document_template where kind = :kind",
                Map.of("kind", kind.name()), ROW).stream().findFirst();
    }

    @Override
    public List<DocumentTemplate> findAll() {
        return jdbc.query("select kind, letterhead, opening, closing from document_template order by kind", Map.of(), ROW);
    }

    @Override
    public void save(DocumentTemplate template) {
        Optional<DocumentTemplate> before = find(template.kind());
        jdbc.update("""
                insert into document_template (id, kind, letterhead, opening, closing, updated_at, updated_by)
                values (:id, :kind, :letterhead, :opening, :closing, now(), :by)
                on conflict (kind) do update set letterhead = excluded.letterhead, opening = excluded.opening,
                    closing = excluded.closing, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                new MapSqlParameterSource()
                        .addValue("id", idOf(template.kind()))
                        .addValue("kind", template.kind().name())
                        .addValue("letterhead", template.letterhead())
                        .addValue("opening", template.opening())
                        .addValue("closing", template.closing())
                        .addValue("by", currentUser.currentUser()));
        audit(template.kind(), before, Optional.of(template));
    }

    @Override
    public void reset(DocumentKind kind) {
        Optional<DocumentTemplate> before = find(kind);
        if (before.isEmpty()) {
            return;
        }
        jdbc.update("delete from document_template where kind = :kind", Map.of("kind", kind.name()));
        audit(kind, before, Optional.empty());
    }

    private void audit(DocumentKind kind, Optional<DocumentTemplate> before, Optional<DocumentTemplate> after) {
        auditTrail.record(VersionGuard.Root.DOCUMENT_TEMPLATE, idOf(kind), null, before.isEmpty(), null,
                fields(before), fields(after));
    }

    private static Map<String, String> fields(Optional<DocumentTemplate> template) {
        Map<String, String> fields = new LinkedHashMap<>();
        template.ifPresent(t -> {
            fields.put("document", t.kind().label());
            if (t.letterhead() != null) {
                fields.put("en-tête", t.letterhead());
            }
            if (t.opening() != null) {
                fields.put("ouverture", t.opening());
            }
            if (t.closing() != null) {
                fields.put("formule finale", t.closing());
            }
        });
        return fields;
    }
}
