package fr.conventio.application.mail;

/** Queue today's digests to the staff (today from the injected clock); run daily by the digest job. */
public record QueueStaffDigestsCommand() {
}
