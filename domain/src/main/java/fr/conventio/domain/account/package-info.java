/**
 * The account of an agreement: the one place that computes its money (subsidy voted, in force and
 * adjusted, advance cap, payments, what is kept and owed, recovery, budget-line commitments, whether the
 * file can be closed) and decides the payments on it.
 */
package fr.conventio.domain.account;
