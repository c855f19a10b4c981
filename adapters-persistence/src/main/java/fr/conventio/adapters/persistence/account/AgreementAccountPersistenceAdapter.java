package fr.conventio.adapters.persistence.account;

import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.InstalmentDeadline;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores the figures of each agreement's account ({@link AccountFigures}) in {@code agreement_account}
 * (one row per agreement, upserted), {@code agreement_account_line} (its budget lines, replaced on each
 * save, in the account's order) and {@code agreement_instalment_deadline} (the instalments to pay by a known date,
 * V5/N1, replaced on each save). A projection for the read side, not an aggregate: no version, no audit
 * row (the aggregates it is computed from carry both); written in the transaction of the use case that
 * saved the agreement's file.
 */
@Component
public class AgreementAccountPersistenceAdapter implements AgreementAccountRepository {

    /** Column → figure, in the order of {@link AccountFigures}; money as {@code numeric(15,2)}, enums by name. */
    private static final Map<String, Function<AccountFigures, Object>> COLUMNS = columns();

    private static final String UPSERT = "insert into agreement_account (agreement_id, "
            + String.join(", ", COLUMNS.keySet()) + ")\nvalues (:agreement_id, "
            + COLUMNS.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")\n"
            + "on conflict (agreement_id) do update set "
            + COLUMNS.keySet().stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));

    private static final String INSERT_LINE = """
            insert into agreement_account_line (agreement_id, budget_line_id, position, budget_year, share, committed, released, paid,
                                                recovered)
            values (:agreementId, :budgetLineId, :position, :budgetYear, :share, :committed, :released, :paid, :recovered)""";

    private static final String INSERT_INSTALMENT_DEADLINE = """
            insert into agreement_instalment_deadline (agreement_id, number, due_by, amount)
            values (:agreementId, :number, :dueBy, :amount)""";

    private final NamedParameterJdbcTemplate jdbc;

    AgreementAccountPersistenceAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, Function<AccountFigures, Object>> columns() {
        Map<String, Function<AccountFigures, Object>> columns = new LinkedHashMap<>();
        columns.put("status", f -> f.status().name());
        columns.put("stage", f -> f.stage().name());
        columns.put("budget_year", f -> f.budgetYear().value());
        columns.put("voted_subsidy", f -> decimal(f.votedSubsidy()));
        columns.put("subsidy_in_force", f -> decimal(f.subsidyInForce()));
        columns.put("adjusted_subsidy", f -> decimal(f.adjustedSubsidy()));
        columns.put("final_subsidy", f -> decimal(f.finalSubsidy()));
        columns.put("advance_cap", f -> decimal(f.advanceCap()));
        columns.put("paid", f -> decimal(f.paid()));
        columns.put("cancelled", f -> decimal(f.cancelled()));
        columns.put("advances_paid", f -> decimal(f.advancesPaid()));
        columns.put("kept", f -> decimal(f.kept()));
        columns.put("balance_due", f -> decimal(f.balanceDue()));
        columns.put("advance_available", f -> decimal(f.advanceAvailable()));
        columns.put("balance_payable", f -> decimal(f.balancePayable()));
        columns.put("owed", f -> decimal(f.owed()));
        columns.put("claimed", f -> decimal(f.claimed()));
        columns.put("outstanding", f -> decimal(f.outstanding()));
        columns.put("overpayment_to_claim", f -> decimal(f.overpaymentToClaim()));
        columns.put("to_recover", f -> decimal(f.toRecover()));
        columns.put("recovered", f -> decimal(f.recovered()));
        columns.put("open_obligations", AccountFigures::openObligations);
        columns.put("closable", AccountFigures::closable);
        return columns;
    }

    /** Replaces the agreement's row and lines (the agreement must be stored). */
    @Override
    @Transactional
    public void save(AccountFigures figures) {
        UUID agreementId = figures.agreementId().value();
        MapSqlParameterSource row = new MapSqlParameterSource("agreement_id", agreementId);
        COLUMNS.forEach((column, figure) -> row.addValue(column, figure.apply(figures)));
        jdbc.update(UPSERT, row);
        jdbc.update("delete from agreement_account_line where agreement_id = :agreementId",
                new MapSqlParameterSource("agreementId", agreementId));
        List<LineAccount> lines = figures.lines();
        MapSqlParameterSource[] lineRows = new MapSqlParameterSource[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LineAccount line = lines.get(i);
            lineRows[i] = new MapSqlParameterSource()
                    .addValue("agreementId", agreementId)
                    .addValue("budgetLineId", line.budgetLineId().value())
                    .addValue("position", i)
                    .addValue("budgetYear", figures.budgetYear().value())
                    .addValue("share", decimal(line.share()))
                    .addValue("committed", decimal(line.committed()))
                    .addValue("released", decimal(line.released()))
                    .addValue("paid", decimal(line.paid()))
                    .addValue("recovered", decimal(line.recovered()));
        }
        if (lineRows.length > 0) {
            jdbc.batchUpdate(INSERT_LINE, lineRows);
        }
        saveInstalmentDeadlines(agreementId, figures.instalmentDeadlines());
    }

    /** Replaces the agreement's instalment deadlines (V5/N1, V29). */
    private void saveInstalmentDeadlines(UUID agreementId, List<InstalmentDeadline> deadlines) {
        jdbc.update("delete from agreement_instalment_deadline where agreement_id = :agreementId",
                new MapSqlParameterSource("agreementId", agreementId));
        MapSqlParameterSource[] rows = deadlines.stream().map(d -> new MapSqlParameterSource()
                .addValue("agreementId", agreementId)
                .addValue("number", d.number())
                .addValue("dueBy", d.dueBy())
                .addValue("amount", decimal(d.amount()))).toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            jdbc.batchUpdate(INSERT_INSTALMENT_DEADLINE, rows);
        }
    }

    /** Agreements with no row in {@code agreement_account} (an anti-join on its primary key). */
    /** Deletes the agreement's figures (its lines go by the cascade of V11). */
    @Override
    @Transactional
    public void delete(AgreementId agreementId) {
        jdbc.update("delete from agreement_account where agreement_id = :id", Map.of("id", agreementId.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementId> agreementsWithoutFigures(int limit) {
        return jdbc.query("""
                select a.id from agreement a
                where not exists (select 1 from agreement_account c where c.agreement_id = a.id)
                limit :limit""", new MapSqlParameterSource("limit", limit), (rs, n) -> new AgreementId(rs.getObject("id", UUID.class)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountFigures> findByAgreement(AgreementId agreementId) {
        MapSqlParameterSource id = new MapSqlParameterSource("agreementId", agreementId.value());
        List<LineAccount> lines = jdbc.query("""
                select budget_line_id, share, committed, released, paid, recovered
                from agreement_account_line
                where agreement_id = :agreementId
                order by position""", id, AgreementAccountPersistenceAdapter::toLine);
        List<InstalmentDeadline> deadlines = jdbc.query("""
                select number, due_by, amount
                from agreement_instalment_deadline
                where agreement_id = :agreementId
                order by due_by, number""", id, (rs, n) -> new InstalmentDeadline(rs.getInt("number"),
                rs.getObject("due_by", java.time.LocalDate.class), amount(rs, "amount")));
        return jdbc.query("select * from agreement_account where agreement_id = :agreementId", id,
                (rs, n) -> toFigures(rs, lines, deadlines)).stream().findFirst();
    }

    private static AccountFigures toFigures(ResultSet rs, List<LineAccount> lines, List<InstalmentDeadline> deadlines) throws SQLException {
        return new AccountFigures(new AgreementId(rs.getObject("agreement_id", UUID.class)),
                AgreementStatus.valueOf(rs.getString("status")), AgreementStage.valueOf(rs.getString("stage")),
                BudgetYear.of(rs.getInt("budget_year")), amount(rs, "voted_subsidy"), amount(rs, "subsidy_in_force"),
                amount(rs, "adjusted_subsidy"), amount(rs, "final_subsidy"), amount(rs, "advance_cap"), amount(rs, "paid"),
                amount(rs, "cancelled"), amount(rs, "advances_paid"), amount(rs, "kept"), amount(rs, "balance_due"),
                amount(rs, "advance_available"), amount(rs, "balance_payable"), amount(rs, "owed"), amount(rs, "claimed"),
                amount(rs, "outstanding"), amount(rs, "overpayment_to_claim"), amount(rs, "to_recover"), amount(rs, "recovered"),
                rs.getInt("open_obligations"), rs.getBoolean("closable"), lines, deadlines);
    }

    private static LineAccount toLine(ResultSet rs, int rowNumber) throws SQLException {
        return new LineAccount(new BudgetLineId(rs.getObject("budget_line_id", UUID.class)), amount(rs, "share"),
                amount(rs, "committed"), amount(rs, "released"), amount(rs, "paid"), amount(rs, "recovered"));
    }

    private static BigDecimal decimal(Amount amount) {
        return amount == null ? null : amount.value();
    }

    /** The amount of a money column, {@code null} when the column is. */
    private static Amount amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Amount(value);
    }
}
