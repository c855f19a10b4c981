package fr.conventio.adapters.persistence.readside;

import fr.conventio.adapters.persistence.funder.FunderPersistenceAdapter;
import fr.conventio.application.dashboard.BudgetConsumptionQueries;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The budget lines' figures on a year (B4), summed by PostgreSQL in one query over the funder's lines:
 * <ul>
 *   <li>envelope: {@code budget_line_year.envelope} of the year, zero when none;</li>
 *   <li>committed: the line's {@code budget_line_commitment} rows of the year (unique index
 *       {@code (budget_line_id, budget_year, agreement_id)});</li>
 *   <li>paid: what the accounts of the agreements of that budget year show on the line
 *       ({@code agreement_account_line}: payments charged, cancelled ones excluded, less what recovery
 *       orders brought back), summed from the index {@code agreement_account_line_year_idx};</li>
 *   <li>remaining: envelope − committed, as the budget line gives it ({@code BudgetLine.remaining}); never negative,
 *       since a line is never committed beyond its envelope (B4: {@code BudgetLine} refuses it).</li>
 * </ul>
 * Money stays {@code numeric} to the {@link Amount}.
 */
@Component
public class BudgetConsumptionQueriesAdapter implements BudgetConsumptionQueries {

    private static final String CONSUMPTION = """
            with paid as (
                select x.budget_line_id, sum(x.paid - x.recovered) as amount
                from agreement_account_line x
                where x.budget_year = :year
                group by x.budget_line_id),
            committed as (
                select c.budget_line_id, sum(c.amount) as amount
                from budget_line_commitment c
                join budget_line l on l.id = c.budget_line_id
                where l.funder_id = :funderId and c.budget_year = :year
                group by c.budget_line_id)
            select l.id, l.code, l.label,
                   coalesce(y.envelope, 0) as envelope,
                   coalesce(c.amount, 0) as committed,
                   coalesce(p.amount, 0) as paid,
                   coalesce(y.envelope, 0) - coalesce(c.amount, 0) as remaining
            from budget_line l
            left join budget_line_year y on y.budget_line_id = l.id and y.budget_year = :year
            left join committed c on c.budget_line_id = l.id
            left join paid p on p.budget_line_id = l.id
            where l.funder_id = :funderId
            order by l.code collate "C", l.id""";

    private final NamedParameterJdbcTemplate jdbc;

    BudgetConsumptionQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Nothing before the funder is set up; several funders is a set-up error, as {@link FunderPersistenceAdapter} says. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<BudgetLineConsumption> consumption(BudgetYear year) {
        List<UUID> funders = jdbc.queryForList("select id from funder limit 2", new MapSqlParameterSource(), UUID.class);
        if (funders.isEmpty()) {
            return List.of();
        }
        if (funders.size() > 1) {
            throw new IllegalStateException("installation mal configurée : plusieurs financeurs enregistrés au lieu d'un seul");
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("funderId", funders.getFirst())
                .addValue("year", year.value());
        return jdbc.query(CONSUMPTION, parameters, BudgetConsumptionQueriesAdapter::toConsumption);
    }

    private static BudgetLineConsumption toConsumption(ResultSet rs, int rowNumber) throws SQLException {
        return new BudgetLineConsumption(new BudgetLineId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("label"),
                amount(rs, "envelope"), amount(rs, "committed"), amount(rs, "paid"), amount(rs, "remaining"));
    }

    static Amount amount(ResultSet rs, String column) throws SQLException {
        return new Amount(rs.getBigDecimal(column));
    }
}
