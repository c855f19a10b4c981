/** Payments of a subsidy (advance, balance) and the rules deciding whether one may be recorded (V1–V4, A3) and when the funder must pay (N1). */
package fr.conventio.domain.payment;
