/** Obligations of the association and their history of evidence and reviews. */
package fr.conventio.adapters.persistence.obligation;
