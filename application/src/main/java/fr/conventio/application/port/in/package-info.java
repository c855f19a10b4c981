/** Inbound ports: one use-case interface per action of the staff, taking a command or query record. */
package fr.conventio.application.port.in;
