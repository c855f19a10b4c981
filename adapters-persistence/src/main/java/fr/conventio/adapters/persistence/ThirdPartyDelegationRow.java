package fr.conventio.adapters.persistence;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

@Table("agreement_third_party_delegation")
record ThirdPartyDelegationRow(String description, LocalDate agreedOn) {
}
