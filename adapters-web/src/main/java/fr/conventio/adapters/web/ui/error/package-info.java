/**
 * The error pages of the staff UI, inside the layout and in French: page not found (404), access
 * refused (403) and unexpected error (500). They never show a stack trace, a class name or the list
 * of routes; the details of an unexpected error go to the log under a reference shown to staff.
 */
package fr.conventio.adapters.web.ui.error;
