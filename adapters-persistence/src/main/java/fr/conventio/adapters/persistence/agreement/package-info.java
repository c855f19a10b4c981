/** The agreement aggregate in PostgreSQL: its row, the terms of every version, amendments, suspensions and delegations. */
package fr.conventio.adapters.persistence.agreement;
