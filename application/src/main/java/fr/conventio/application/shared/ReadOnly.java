package fr.conventio.application.shared;

/**
 * Marks a use case that only reads (a query): it runs in a read-only transaction, on one snapshot of the
 * storage, so that every list, count and figure of one page agree with each other even while other staff
 * save. Command use cases do not carry it and run in a read-write transaction.
 */
public interface ReadOnly {
}
