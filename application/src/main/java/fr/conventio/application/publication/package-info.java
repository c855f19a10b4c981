/** Open-data publication of the subsidies (X1, SCDL). */
package fr.conventio.application.publication;
