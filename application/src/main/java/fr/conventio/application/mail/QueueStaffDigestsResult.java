package fr.conventio.application.mail;

/**
 * What a run of the digests did: {@code queued} messages, {@code alreadyHandled} members of staff whose digest of
 * the day was handled by an earlier run, {@code nothingToSay} members of staff with an empty list (nothing sent).
 */
public record QueueStaffDigestsResult(int queued, int alreadyHandled, int nothingToSay) {
}
