package fr.conventio.adapters.persistence.budgetline;

import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/** One year of a budget line: its envelope ({@code null} when none is set) and whether the year's budget is adopted. */
@Table("budget_line_year")
record BudgetLineYearRow(BigDecimal envelope, boolean budgetAdopted) {
}
