package fr.conventio.adapters.persistence;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

@Table("agreement_suspension")
record SuspensionRow(String reason, LocalDate since, LocalDate resumedOn) {
}
