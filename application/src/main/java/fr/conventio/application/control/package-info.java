/** The funder's control of execution: funding decisions (A3), meetings (O8, O9), republican commitment breaches (N2). */
package fr.conventio.application.control;
