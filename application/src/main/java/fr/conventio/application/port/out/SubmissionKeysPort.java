package fr.conventio.application.port.out;

import fr.conventio.application.shared.SubmissionKey;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The submissions already handled by the creating use cases: (key, use case, result id and version), stored in
 * the caller's transaction, so that a key is kept exactly when the record it created is. The store refuses a key
 * twice (a unique constraint), so two replays at the same moment cannot both create.
 */
public interface SubmissionKeysPort {

    /**
     * Claims {@code key} for {@code useCase}. Empty when the key is new (the caller creates its record then calls
     * {@link #complete}); otherwise the result of the submission that claimed it first. A claim made at the same
     * moment by another transaction waits for it: its result once committed, or the key free again if it failed.
     *
     * @throws IllegalStateException when the key was claimed by another use case
     */
    Optional<Result> claim(SubmissionKey key, String useCase);

    /** Records what the submission claimed with {@code key} created. */
    void complete(SubmissionKey key, String useCase, Result result);

    /**
     * Runs a creating use case once per key: the first submission creates and its result is remembered; a replay
     * (same key, same use case) creates nothing and answers the first result, rebuilt from its id and version. The
     * claim comes before any other read, so that a replay is answered even when the version it carries is stale.
     *
     * @param useCase  the use case (its simple name is stored with the key)
     * @param create   creates the record (the first time)
     * @param resultOf the id and version to remember of a result
     * @param replay   the answer to a replay, from what was remembered
     */
    default <R> R once(SubmissionKey key, Class<?> useCase, Supplier<R> create, Function<R, Result> resultOf, Function<Result, R> replay) {
        String name = useCase.getSimpleName();
        Optional<Result> first = claim(key, name);
        if (first.isPresent()) {
            return replay.apply(first.get());
        }
        R result = create.get();
        complete(key, name, resultOf.apply(result));
        return result;
    }

    /** What a submission created: the record's id and the version the caller was answered. */
    record Result(String id, long version) {

        public Result {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("submission result: an id is required");
            }
        }
    }
}
