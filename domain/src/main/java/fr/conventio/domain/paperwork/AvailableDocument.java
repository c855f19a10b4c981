package fr.conventio.domain.paperwork;

/**
 * A document that applies to an agreement now: its kind and, for the numbered kinds, which one (amendment n° 2,
 * the first formal notice, the recovery order n° 1 of the agreement); {@code label} is what the page shows.
 */
public record AvailableDocument(DocumentKind kind, int number, String label) {
}
