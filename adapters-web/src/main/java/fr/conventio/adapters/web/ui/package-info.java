/** The staff web UI (Vaadin Flow): views call the application's use-case interfaces only. */
package fr.conventio.adapters.web.ui;
