/**
 * Multi-year agreements (D5): planning the later years of a draft CPO, confirming a year once its budget is adopted
 * (which creates and signs that year's award through {@link fr.conventio.application.agreementfile.AgreementFiles}),
 * and reading a CPO's years and totals.
 */
package fr.conventio.application.multiyear;
