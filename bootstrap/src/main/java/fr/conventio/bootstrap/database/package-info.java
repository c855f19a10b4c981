/**
 * The embedded PostgreSQL server of the default run made fit for staff data: durable settings, dedicated
 * roles with generated passwords, a server left running by a killed run stopped cleanly before a start.
 */
package fr.conventio.bootstrap.database;
