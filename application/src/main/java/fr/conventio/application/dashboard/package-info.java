/** The dashboard: what to pay, what awaits a decision, the deadlines and the budget lines' consumption. */
package fr.conventio.application.dashboard;
