/**
 * Paperwork: which documents and clauses apply to an agreement (the agreement itself, its amendments, the
 * letters of its life) and what they say, as a format-free {@link fr.conventio.domain.paperwork.DocumentModel}
 * written with French typography. Rendering it as PDF or DOCX is an adapter's business.
 */
package fr.conventio.domain.paperwork;
