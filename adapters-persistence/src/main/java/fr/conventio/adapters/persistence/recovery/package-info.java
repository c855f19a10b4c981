/** Recovery orders, their receipts, and their numbering per funder and year. */
package fr.conventio.adapters.persistence.recovery;
