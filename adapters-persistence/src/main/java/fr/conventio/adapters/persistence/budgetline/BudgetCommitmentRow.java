package fr.conventio.adapters.persistence.budgetline;

import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** The part of a year's envelope committed to one agreement. */
@Table("budget_line_commitment")
record BudgetCommitmentRow(int budgetYear, UUID agreementId, BigDecimal amount) {
}
