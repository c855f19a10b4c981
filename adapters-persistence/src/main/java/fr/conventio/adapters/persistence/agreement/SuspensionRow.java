package fr.conventio.adapters.persistence.agreement;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table("agreement_suspension")
record SuspensionRow(String reason, LocalDate since, LocalDate resumedOn) {
}
