/** The funder and its signatories. */
package fr.conventio.adapters.persistence.funder;
