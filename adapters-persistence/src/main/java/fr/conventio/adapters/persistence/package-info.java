/**
 * PostgreSQL persistence, one package per aggregate (rows, Spring Data repository, MapStruct mapper,
 * one public adapter per outbound port), the read side apart ({@code readside}) and the shared support
 * ({@code support}: optimistic locking, audit trail, common mappings). Schema: {@code db/migration/V*.sql} (Flyway).
 */
package fr.conventio.adapters.persistence;
