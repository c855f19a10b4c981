/** Shared kernel of the domain: money, rates, periods, the rounding policy and the domain's exceptions. */
package fr.conventio.domain.shared;
