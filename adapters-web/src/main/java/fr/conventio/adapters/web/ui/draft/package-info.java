/**
 * Drafting an agreement in steps (parties, object and programme, forecast budget, subsidy, payment
 * terms): a form bound to a form-data object, converters from typed text to the domain's values, and
 * the view that calls the create and edit use cases.
 */
package fr.conventio.adapters.web.ui.draft;
