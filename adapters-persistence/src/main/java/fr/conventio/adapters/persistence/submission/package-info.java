/** Submission keys (table {@code submission_key}): one intention of staff, one record, whatever the replays. */
package fr.conventio.adapters.persistence.submission;
