/** Contracts of the read-side query ports (dashboard, deadlines, budget consumption, associations), on the fakes and on PostgreSQL. */
package fr.conventio.adapters.persistence.contract.queries;
