/** The objectives agreement aggregate: object, programme, forecast budget, subsidy and its split, lifecycle, amendments. */
package fr.conventio.domain.agreement;
