/** The read side: lists, dashboard, deadlines, budget consumption, publication and audit queries, in SQL, paged in the database. */
package fr.conventio.adapters.persistence.readside;
