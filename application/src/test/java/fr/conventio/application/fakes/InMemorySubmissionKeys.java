package fr.conventio.application.fakes;

import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.SubmissionKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory {@link SubmissionKeysPort}: a key claimed once; a replay gets the first result. There are no
 * transactions here: a claim whose use case then failed stays without a result, and the next submission with
 * that key goes ahead (in the database the failed claim is rolled back with its transaction).
 */
public final class InMemorySubmissionKeys implements SubmissionKeysPort {

    private record Claim(String useCase, Result result) {
    }

    private final Map<SubmissionKey, Claim> claims = new HashMap<>();

    @Override
    public synchronized Optional<Result> claim(SubmissionKey key, String useCase) {
        Claim claim = claims.get(key);
        if (claim == null) {
            claims.put(key, new Claim(useCase, null));
            return Optional.empty();
        }
        if (!claim.useCase().equals(useCase)) {
            throw new IllegalStateException("submission " + key + " was claimed by " + claim.useCase() + ", not " + useCase);
        }
        if (claim.result() == null) {
            // the first submission failed (in a database its claim would have been rolled back): this one goes ahead
            return Optional.empty();
        }
        return Optional.of(claim.result());
    }

    @Override
    public synchronized void complete(SubmissionKey key, String useCase, Result result) {
        claims.put(key, new Claim(useCase, result));
    }

    /** How many submissions completed. */
    public synchronized long completed() {
        return claims.values().stream().filter(claim -> claim.result() != null).count();
    }
}
