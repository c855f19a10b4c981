/** Use-case services: one class per use case, depending on ports only; transactions are added in bootstrap. */
package fr.conventio.application.service;
