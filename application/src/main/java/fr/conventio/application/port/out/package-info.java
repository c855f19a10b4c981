/** Outbound ports: repositories (load/save an aggregate, optimistic locking), queries (read models), and ports to outside systems. */
package fr.conventio.application.port.out;
