/** Payments and their line charges. */
package fr.conventio.adapters.persistence.payment;
