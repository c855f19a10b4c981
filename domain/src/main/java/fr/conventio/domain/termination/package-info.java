/** Ending an agreement early: formal notice and termination (T1, T2), restitution (T3), the republican commitment (N2) and disputes (L1). */
package fr.conventio.domain.termination;
