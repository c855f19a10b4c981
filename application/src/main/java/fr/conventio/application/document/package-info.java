/** Document storage for staff: storing a file and opening it again. */
package fr.conventio.application.document;
