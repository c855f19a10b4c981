/** Settlement of a subsidy on real expenses (A1), the funder's decisions on it (A3) and the recovery orders of sums unduly received (A2). */
package fr.conventio.domain.settlement;
