package fr.conventio.application.funder;

/** The funder setup checklist, judged on the budget year of today (from the application's clock). */
public record GetFunderSetupChecklistQuery() {
}
