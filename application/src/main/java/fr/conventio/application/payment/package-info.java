/** Money paid to the association: recording an advance or the balance, cancelling a payment order. */
package fr.conventio.application.payment;
