/**
 * The associations screens: the lazy list, registration and edit dialogs, the association page; and
 * the pieces of party forms the administration screen reuses (domain converters, stale-record notice).
 */
package fr.conventio.adapters.web.ui.association;
