/** Ending an agreement early: formal notices (T1), their remedy, and the termination with its restitution (T1–T3). */
package fr.conventio.application.termination;
