/** The administration screen (administrators only): the funder and its signatories, budget lines, open-data export. */
package fr.conventio.adapters.web.ui.admin;
