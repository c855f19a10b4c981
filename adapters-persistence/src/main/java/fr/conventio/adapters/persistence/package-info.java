/**
 * PostgreSQL persistence of the core aggregates (funder, budget lines, associations, agreements):
 * Spring Data JDBC rows, MapStruct row mappers, one public adapter per outbound port, and the
 * agreements list query in SQL. Schema: {@code db/migration/V*.sql} (Flyway).
 */
package fr.conventio.adapters.persistence;
