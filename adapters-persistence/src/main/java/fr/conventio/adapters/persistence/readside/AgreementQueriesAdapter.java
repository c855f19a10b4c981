package fr.conventio.adapters.persistence.readside;

import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_ASSOCIATION;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_REFERENCE;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_STATUS;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_SUBSIDY;
import static fr.conventio.application.reading.SearchAgreementsUseCase.SORT_YEAR;

import fr.conventio.application.reading.AgreementQueries;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agreements list, filtered, sorted, counted and paged by PostgreSQL. Only fixed SQL fragments
 * are put together; every value the user typed is a bound parameter, and the sort key is looked
 * up in a whitelist. The stage (filter, column, sort by status) is the one the agreement's account
 * stored ({@code agreement_account}); an agreement whose account is not stored yet is not listed. The
 * share of cost is computed from the subsidy and the eligible expenses in force with the domain's
 * rounding ({@link Amount#shareOf}).
 *
 * <p>The default sort (reference) and the sort by association read the expression indexes
 * {@code agreement_reference_sort_idx} and {@code association_name_sort_idx} (V11), whose expressions
 * are exactly those of {@link #SORT_EXPRESSIONS}: the first page is the first rows of the index, not a
 * sort of the portfolio (the reference, unique, breaks every tie). The count reads only the tables its filters need.
 */
@Component
public class AgreementQueriesAdapter implements AgreementQueries {

    /** Lifecycle order, for sorting by status: the stages as {@link AgreementStage} lists them (DRAFT, APPROVED, SIGNED...). */
    private static final String STAGE_ORDER = Arrays.stream(AgreementStage.values())
            .map(stage -> "'" + stage.name() + "'")
            .collect(Collectors.joining(", ", "array_position(array[", "]::text[], ac.stage)"));

    /** Sort key → SQL expression; texts sort without regard to case and accents. */
    private static final Map<String, String> SORT_EXPRESSIONS = Map.of(
            SORT_REFERENCE, "lower(conventio_unaccent(a.reference))",
            SORT_ASSOCIATION, "lower(conventio_unaccent(s.name))",
            SORT_YEAR, "a.budget_year",
            SORT_SUBSIDY, "t.subsidy_amount",
            SORT_STATUS, STAGE_ORDER);

    private static final String FROM = """
            from agreement a
            join agreement_account ac on ac.agreement_id = a.id
            join association s on s.id = a.association_id
            join agreement_terms t on t.agreement_id = a.id and t.version_number = a.terms_version
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AgreementQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page; the count and the page come from the same snapshot of the database. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<AgreementSummary> search(AgreementSearch search, PageRequest page) {
        String sortExpression = SORT_EXPRESSIONS.get(page.sortBy());
        if (sortExpression == null) {
            throw new IllegalArgumentException("tri : propriété inconnue « " + page.sortBy() + " » (attendu : "
                    + SORT_EXPRESSIONS.keySet() + ")");
        }
        String direction = page.ascending() ? "asc" : "desc";
        Filter filter = Filter.of(search);
        MapSqlParameterSource parameters = filter.parameters()
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        String sql = "select a.id, a.reference, s.name as association_name, a.budget_year, t.subsidy_amount,"
                + " t.eligible_expenses, ac.stage\n" + FROM + filter.where()
                + "\norder by " + sortExpression + " " + direction + ", a.reference " + direction
                + "\nlimit :limit offset :offset";
        List<AgreementSummary> content = jdbc.query(sql, parameters, AgreementQueriesAdapter::toSummary);
        return new Page<>(content, count(filter), page);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AgreementSearch search) {
        return count(Filter.of(search));
    }

    /**
     * The agreements listed: those with a stored account, joined to the agreement and its association only
     * when a filter needs them (every account has its agreement, every agreement its association and terms).
     */
    private long count(Filter filter) {
        String from = "from agreement_account ac\n"
                + (filter.needsAgreement() ? "join agreement a on a.id = ac.agreement_id\n" : "")
                + (filter.needsAssociation() ? "join association s on s.id = a.association_id\n" : "");
        Long count = jdbc.queryForObject("select count(*)\n" + from + filter.where(), filter.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    private static AgreementSummary toSummary(ResultSet rs, int rowNumber) throws SQLException {
        Amount subsidy = new Amount(rs.getBigDecimal("subsidy_amount"));
        Amount eligibleExpenses = new Amount(rs.getBigDecimal("eligible_expenses"));
        return new AgreementSummary(new AgreementId(rs.getObject("id", java.util.UUID.class)), rs.getString("reference"),
                rs.getString("association_name"), rs.getInt("budget_year"), subsidy, subsidy.shareOf(eligibleExpenses),
                AgreementStage.valueOf(rs.getString("stage")));
    }

    /**
     * The where clause of a search: fixed conditions, one per filter given, and their parameters; which of
     * the agreement's and the association's columns they read.
     */
    private record Filter(String where, MapSqlParameterSource parameters, boolean needsAgreement, boolean needsAssociation) {

        static Filter of(AgreementSearch search) {
            List<String> conditions = new ArrayList<>();
            MapSqlParameterSource parameters = new MapSqlParameterSource();
            boolean agreementColumns = false;
            if (search.budgetYear() != null) {
                conditions.add("a.budget_year = :budgetYear");
                parameters.addValue("budgetYear", search.budgetYear());
                agreementColumns = true;
            }
            if (search.stage() != null) {
                conditions.add("ac.stage = :stage");
                parameters.addValue("stage", search.stage().name());
            }
            if (search.associationId() != null) {
                conditions.add("a.association_id = :associationId");
                parameters.addValue("associationId", search.associationId().value());
                agreementColumns = true;
            }
            if (search.budgetLineId() != null) {
                conditions.add("""
                        exists (select 1 from agreement_terms_subsidy_allocation x
                                where x.agreement_id = a.id and x.version_number = a.terms_version
                                  and x.budget_line_id = :budgetLineId)""");
                parameters.addValue("budgetLineId", search.budgetLineId().value());
                agreementColumns = true;
            }
            if (search.text() != null) {
                conditions.add("""
                        (conventio_unaccent(a.reference) ilike conventio_unaccent(:text) escape '\\'
                         or conventio_unaccent(s.name) ilike conventio_unaccent(:text) escape '\\'
                         or conventio_unaccent(a.object) ilike conventio_unaccent(:text) escape '\\')""");
                parameters.addValue("text", "%" + escapeLike(search.text()) + "%");
            }
            boolean associationColumns = search.text() != null;
            return new Filter(conditions.isEmpty() ? "" : "where " + String.join("\n  and ", conditions), parameters,
                    agreementColumns || associationColumns, associationColumns);
        }

        /** The typed text taken literally by ILIKE: {@code \}, {@code %} and {@code _} escaped. */
        static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
