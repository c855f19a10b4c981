/** The agreement's control file: formal notices, funding decisions, meetings, republican breaches, termination outcome, N1 deadline. */
package fr.conventio.adapters.persistence.control;
