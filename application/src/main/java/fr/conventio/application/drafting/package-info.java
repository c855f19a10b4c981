/** Drafting an agreement: creating and editing the draft (parties, programme, budget, subsidy and its split, payment terms). */
package fr.conventio.application.drafting;
