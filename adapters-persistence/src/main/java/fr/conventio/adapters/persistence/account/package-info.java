/** The figures of each agreement's account (AgreementAccount) in PostgreSQL: the projection the read side selects and sorts on. */
package fr.conventio.adapters.persistence.account;
