/** Open-data publication of subsidies in the national SCDL "subventions" 2.1.1 format (X1). */
package fr.conventio.domain.publication;
