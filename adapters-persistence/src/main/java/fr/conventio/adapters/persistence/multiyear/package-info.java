/** The plans of the multi-year agreements (D5), in {@code multi_year_plan} and its child tables (V22). */
package fr.conventio.adapters.persistence.multiyear;
