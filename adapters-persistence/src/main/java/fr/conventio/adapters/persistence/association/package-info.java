/** Associations (beneficiaries): their rows and adapter. */
package fr.conventio.adapters.persistence.association;
