package fr.conventio.adapters.persistence.readside;

import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_AGREEMENT_COUNT;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_CITY;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_NAME;
import static fr.conventio.application.association.SearchAssociationsUseCase.SORT_TOTAL_SUBSIDIES;

import fr.conventio.application.association.AssociationQueries;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.ReceivedDocument;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The associations list and the documents an association sent, filtered, counted, summed and paged by
 * PostgreSQL.
 * <ul>
 *   <li>search: the text is looked for (bound parameter, ILIKE escaped) without regard to case and
 *       accents in the name and the city ({@code conventio_unaccent}, trigram indexes), and with its
 *       spaces removed in the SIRET and the RNA; each association's agreements are counted and its
 *       voted subsidies (terms in force, every status but DRAFT) summed by a lateral subquery on
 *       {@code agreement_association_idx}, so that the sort on these figures happens before the
 *       LIMIT. Texts sort code point by code point ({@code collate "C"}), as Java compares strings;
 *       the sort key comes from a whitelist.</li>
 *   <li>received documents: one row per RECEIVED event of the obligations of the association's
 *       agreements; its status is the kind of the first non-RECEIVED event that follows it
 *       (lateral, primary key of {@code obligation_event}), RECEIVED when none.</li>
 * </ul>
 */
@Component
public class AssociationQueriesAdapter implements AssociationQueries {

    private static final Map<String, String> SORT_EXPRESSIONS = Map.of(
            SORT_NAME, "s.name collate \"C\"",
            SORT_CITY, "s.address_city collate \"C\"",
            SORT_AGREEMENT_COUNT, "x.agreement_count",
            SORT_TOTAL_SUBSIDIES, "x.total_voted");

    /** Obligation types in the enum's order, for the documents' tie-break (Java compares enums by ordinal). */
    private static final String TYPE_ORDER = Arrays.stream(ObligationType.values())
            .map(type -> "'" + type.name() + "'")
            .collect(Collectors.joining(", ", "array_position(array[", "]::text[], o.type)"));

    private static final String SEARCH_FILTER = """
            where (conventio_unaccent(s.name) ilike conventio_unaccent(:text) escape '\\'
                   or conventio_unaccent(s.address_city) ilike conventio_unaccent(:text) escape '\\'
                   or s.siret::text ilike :compact escape '\\'
                   or s.rna::text ilike :compact escape '\\')
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AssociationQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page; the count and the page come from the same snapshot of the database. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AssociationSummary> search(String text, PageRequest page) {
        String sortExpression = SORT_EXPRESSIONS.get(page.sortBy());
        if (sortExpression == null) {
            throw new IllegalArgumentException("tri : propriété inconnue « " + page.sortBy() + " » (attendu : "
                    + SORT_EXPRESSIONS.keySet() + ")");
        }
        String direction = page.ascending() ? "asc" : "desc";
        String where = text == null ? "" : SEARCH_FILTER;
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        if (text != null) {
            parameters.addValue("text", "%" + escapeLike(text) + "%")
                    .addValue("compact", "%" + escapeLike(text.replace(" ", "")) + "%");
        }
        String sql = """
                select s.id, s.name, s.siret, s.rna, s.address_city, x.agreement_count, x.total_voted
                from association s
                cross join lateral (
                    select count(*) as agreement_count,
                           coalesce(sum(t.subsidy_amount) filter (where a.status <> 'DRAFT'), 0) as total_voted
                    from agreement a
                    join agreement_terms t on t.agreement_id = a.id and t.version_number = a.terms_version
                    where a.association_id = s.id) x
                """ + where
                + "order by " + sortExpression + " " + direction + ", s.name collate \"C\" " + direction + ", s.id " + direction
                + "\nlimit :limit offset :offset";
        List<AssociationSummary> content = jdbc.query(sql, parameters, AssociationQueriesAdapter::toSummary);
        Long total = jdbc.queryForObject("select count(*) from association s\n" + where, parameters, Long.class);
        return new Page<>(content, total == null ? 0 : total, page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReceivedDocument> receivedDocuments(AssociationId associationId) {
        String sql = """
                select a.id as agreement_id, a.reference, o.id as obligation_id, o.type, e.evidence_document_id,
                       e.evidence_file_name, e.event_date, coalesce(r.kind, 'RECEIVED') as status
                from agreement a
                join obligation o on o.agreement_id = a.id
                join obligation_event e on e.obligation_id = o.id and e.kind = 'RECEIVED'
                left join lateral (
                    select n.kind from obligation_event n
                    where n.obligation_id = e.obligation_id and n.position > e.position and n.kind <> 'RECEIVED'
                    order by n.position
                    limit 1) r on true
                where a.association_id = :associationId
                order by e.event_date desc, a.reference collate "C", """ + TYPE_ORDER + ", o.id, e.position";
        return jdbc.query(sql, new MapSqlParameterSource("associationId", associationId.value()), AssociationQueriesAdapter::toDocument);
    }

    private static AssociationSummary toSummary(ResultSet rs, int rowNumber) throws SQLException {
        return new AssociationSummary(new AssociationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("siret"), rs.getString("rna"), rs.getString("address_city"), rs.getLong("agreement_count"),
                new Amount(rs.getBigDecimal("total_voted")));
    }

    private static ReceivedDocument toDocument(ResultSet rs, int rowNumber) throws SQLException {
        return new ReceivedDocument(new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getString("reference"),
                new ObligationId(rs.getObject("obligation_id", UUID.class)), ObligationType.valueOf(rs.getString("type")),
                rs.getString("evidence_document_id"), rs.getString("evidence_file_name"), rs.getObject("event_date", LocalDate.class),
                ObligationStatus.valueOf(rs.getString("status")));
    }

    /** The typed text taken literally by ILIKE: {@code \}, {@code %} and {@code _} escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
