/** Associations (beneficiaries, P2): registering and updating them, their list and their page. */
package fr.conventio.application.association;
