package fr.conventio.adapters.persistence.generated;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.FunderLogoRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The funder's logo in {@code funder_logo} (V34), at most one row; every replacement and removal audited (aggregate type
 * DOCUMENT_TEMPLATE, the administration's template section) with the file's name, type and size.
 */
@Component
public class FunderLogoPersistenceAdapter implements FunderLogoRepository {

    /** The audit trail's id of the logo: the same for every replacement and removal. */
    static final UUID AUDIT_ID = UUID.nameUUIDFromBytes("document_template:FUNDER_LOGO".getBytes(StandardCharsets.UTF_8));

    private static final RowMapper<FunderLogoRecord> ROW = (rs, n) -> new FunderLogoRecord(rs.getString("document_id"),
            rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getInt("width"), rs.getInt("height"),
            rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"));

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    FunderLogoPersistenceAdapter(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    @Override
    public Optional<FunderLogoRecord> current() {
        return jdbc.query("select document_id, file_name, media_type, size, width, height, uploaded_at, uploaded_by from funder_logo",
                Map.of(), ROW).stream().findFirst();
    }

    @Override
    public void replace(FunderLogoRecord logo) {
        Optional<FunderLogoRecord> before = current();
        jdbc.update("""
                insert into funder_logo (slot, document_id, file_name, media_type, size, width, height, uploaded_at, uploaded_by)
                values ('LOGO', :document, :name, :type, :size, :width, :height, :at, :by)
                on conflict (slot) do update set document_id = excluded.document_id, file_name = excluded.file_name,
                    media_type = excluded.media_type, size = excluded.size, width = excluded.width, height = excluded.height,
                    uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by""",
                new MapSqlParameterSource()
                        .addValue("document", UUID.fromString(logo.documentId()))
                        .addValue("name", logo.fileName())
                        .addValue("type", logo.mediaType())
                        .addValue("size", logo.size())
                        .addValue("width", logo.width())
                        .addValue("height", logo.height())
                        .addValue("at", OffsetDateTime.ofInstant(logo.uploadedAt(), ZoneOffset.UTC))
                        .addValue("by", logo.uploadedBy()));
        auditTrail.record(VersionGuard.Root.DOCUMENT_TEMPLATE, AUDIT_ID, null, before.isEmpty(), null, fields(before), fields(Optional.of(logo)));
    }

    @Override
    public void remove() {
        Optional<FunderLogoRecord> before = current();
        if (before.isEmpty()) {
            return;
        }
        jdbc.update("delete from funder_logo", Map.of());
        auditTrail.recordDeletion(VersionGuard.Root.DOCUMENT_TEMPLATE, AUDIT_ID, null, null, fields(before));
    }

    @Override
    public boolean refersTo(String documentId) {
        UUID id;
        try {
            id = UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from funder_logo where document_id = :id)",
                Map.of("id", id), Boolean.class));
    }

    private static Map<String, String> fields(Optional<FunderLogoRecord> logo) {
        Map<String, String> fields = new LinkedHashMap<>();
        logo.ifPresent(l -> {
            fields.put("document", "logo du financeur");
            fields.put("fichier", l.fileName());
            fields.put("type", l.mediaType());
            fields.put("taille", l.width() + " × " + l.height() + " pixels, " + l.size() + " octets");
        });
        return fields;
    }
}
