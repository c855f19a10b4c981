package fr.conventio.application.shared;

/**
 * What a deleting use case did: deleted the record, or found it already gone (a second click, a replayed request,
 * another member of staff faster): deleting is idempotent, the second time is an answer, not an error.
 */
public enum Deletion {
    DELETED,
    ALREADY_DELETED
}
