/** The funder's own settings: its identity and signatories, its budget lines with their envelopes and adopted years. */
package fr.conventio.application.funder;
