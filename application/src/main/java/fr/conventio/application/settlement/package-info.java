/** Settling the subsidy on real expenses (A1) and recovering what was unduly received (A2): recovery orders and their receipts. */
package fr.conventio.application.settlement;
