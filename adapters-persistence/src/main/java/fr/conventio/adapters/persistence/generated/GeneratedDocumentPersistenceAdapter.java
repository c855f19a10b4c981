package fr.conventio.adapters.persistence.generated;

import fr.conventio.adapters.persistence.support.AuditTrail;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.shared.AgreementId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Generated documents in {@code generated_document}: each inserted in the caller's transaction with its audit row. */
@Component
public class GeneratedDocumentPersistenceAdapter implements GeneratedDocumentRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    GeneratedDocumentPersistenceAdapter(NamedParameterJdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    @Override
    public void record(GeneratedDocumentRecord record) {
        jdbc.update("""
                insert into generated_document (id, agreement_id, kind, number, format, document_id, file_name, generated_at, generated_by)
                values (:id, :agreementId, :kind, :number, :format, :documentId, :fileName, :generatedAt, :generatedBy)""",
                new MapSqlParameterSource()
                        .addValue("id", record.id())
                        .addValue("agreementId", record.agreementId().value())
                        .addValue("kind", record.kind().name())
                        .addValue("number", record.number())
                        .addValue("format", record.format().name())
                        .addValue("documentId", UUID.fromString(record.documentId()))
                        .addValue("fileName", record.fileName())
                        .addValue("generatedAt", OffsetDateTime.ofInstant(record.generatedAt(), ZoneOffset.UTC))
                        .addValue("generatedBy", record.generatedBy()));
        Map<String, String> audited = new LinkedHashMap<>();
        audited.put("document", record.kind().label() + (record.kind().numbered() ? " n° " + record.number() : ""));
        audited.put("format", record.format().name());
        audited.put("fichier", record.fileName());
        audited.put("document_id", record.documentId());
        auditTrail.record(VersionGuard.Root.GENERATED_DOCUMENT, record.id(), record.agreementId().value(), true, null, Map.of(), audited);
    }

    @Override
    public List<GeneratedDocumentRecord> findByAgreement(AgreementId agreementId) {
        return jdbc.query("""
                select id, agreement_id, kind, number, format, document_id, file_name, generated_at, generated_by
                from generated_document where agreement_id = :agreementId order by generated_at desc, id""",
                Map.of("agreementId", agreementId.value()), (rs, n) -> new GeneratedDocumentRecord(
                        rs.getObject("id", UUID.class), AgreementId.of(rs.getObject("agreement_id", UUID.class).toString()),
                        DocumentKind.valueOf(rs.getString("kind")), rs.getInt("number"), DocumentFormat.valueOf(rs.getString("format")),
                        rs.getObject("document_id", UUID.class).toString(), rs.getString("file_name"),
                        rs.getObject("generated_at", OffsetDateTime.class).toInstant(), rs.getString("generated_by")));
    }
}
