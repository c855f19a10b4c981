/** Checking a command before staff confirm it: a dry run of the very use cases, on the stored records, that keeps nothing. */
package fr.conventio.application.checking;
