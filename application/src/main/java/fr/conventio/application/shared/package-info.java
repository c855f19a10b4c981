/**
 * Types shared by the application's ports: pages and their requests, optimistic-locking wrapper and
 * exceptions, command shape checks, the enums of the inbound ports (read models and commands are
 * records; enums live here) and the agreement's control file.
 */
package fr.conventio.application.shared;
