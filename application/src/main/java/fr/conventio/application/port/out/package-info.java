/** Outbound ports: repositories (load/save an aggregate), queries (read models), and ports to outside systems. */
package fr.conventio.application.port.out;
