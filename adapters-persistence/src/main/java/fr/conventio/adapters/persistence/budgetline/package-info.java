/** Budget lines with their yearly envelopes, adopted years and commitments (B4). */
package fr.conventio.adapters.persistence.budgetline;
