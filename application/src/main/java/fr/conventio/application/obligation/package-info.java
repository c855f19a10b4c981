/** The documents the association owes (O1–O10): receiving, accepting, rejecting evidence, waiving an obligation (O11). */
package fr.conventio.application.obligation;
