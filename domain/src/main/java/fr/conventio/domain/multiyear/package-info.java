/**
 * Multi-year agreements (conventions pluriannuelles d'objectifs, CPO, rule D5): the plan of the later years of a
 * CPO whose first year is an ordinary {@link fr.conventio.domain.agreement.Agreement}, the confirmation of each year
 * (yearly notification or financial amendment) and the pro rata temporis of a termination over the years covered (T3).
 */
package fr.conventio.domain.multiyear;
