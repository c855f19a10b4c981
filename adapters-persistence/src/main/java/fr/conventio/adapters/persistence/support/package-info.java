/** What every aggregate adapter shares: optimistic locking with the audit trail, common row types and mappings. */
package fr.conventio.adapters.persistence.support;
