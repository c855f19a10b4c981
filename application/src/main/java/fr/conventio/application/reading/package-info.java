/** Reading agreements: the agreement page with the actions allowed next, the list, its export and the history. */
package fr.conventio.application.reading;
