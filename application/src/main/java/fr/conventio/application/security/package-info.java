/** Who may do what: the staff roles and the use cases each role may run (deny by default). */
package fr.conventio.application.security;
