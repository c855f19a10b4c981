/** The parties: the funder with its budget lines and envelopes, and the beneficiary association with its identifiers. */
package fr.conventio.domain.party;
