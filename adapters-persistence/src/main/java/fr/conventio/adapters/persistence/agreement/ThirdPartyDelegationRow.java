package fr.conventio.adapters.persistence.agreement;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table("agreement_third_party_delegation")
record ThirdPartyDelegationRow(String description, LocalDate agreedOn) {
}
