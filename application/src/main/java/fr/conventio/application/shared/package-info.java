/** Types shared by the application's ports: pages of results and their requests. */
package fr.conventio.application.shared;
