/** The installation's markers (table {@code installation_marker}): what was done once, e.g. the demo data loaded. */
package fr.conventio.adapters.persistence.installation;
