/** Servlet-level web settings of the application: the French error page of Spring Boot's /error. */
package fr.conventio.bootstrap.web;
