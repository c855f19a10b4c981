/** The control file of an agreement: formal notices, funding decisions, meetings, republican breaches, termination outcome, N1 deadline (facts only). */
package fr.conventio.domain.control;
