/** The records of the documents generated for an agreement (table {@code generated_document}, V24). */
package fr.conventio.adapters.persistence.generated;
