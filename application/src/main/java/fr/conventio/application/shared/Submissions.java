package fr.conventio.application.shared;

import fr.conventio.application.port.out.SubmissionKeysPort;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a creating use case once per {@link SubmissionKey}: the first submission creates and its result is
 * remembered; a replay (same key, same use case) creates nothing and answers the first result, rebuilt from
 * its id and version. The claim comes before any other read, so that a replay is answered even when the
 * version it carries is stale since the first submission.
 */
public final class Submissions {

    private final SubmissionKeysPort keys;

    public Submissions(SubmissionKeysPort keys) {
        this.keys = Objects.requireNonNull(keys);
    }

    /**
     * @param useCase   the use case (its simple name is stored with the key)
     * @param create    creates the record (the first time)
     * @param resultOf  the id and version to remember of a result
     * @param replay    the answer to a replay, from what was remembered
     */
    public <R> R once(SubmissionKey key, Class<?> useCase, Supplier<R> create, Function<R, SubmissionKeysPort.Result> resultOf,
                      Function<SubmissionKeysPort.Result, R> replay) {
        String name = useCase.getSimpleName();
        var first = keys.claim(key, name);
        if (first.isPresent()) {
            return replay.apply(first.get());
        }
        R result = create.get();
        keys.complete(key, name, resultOf.apply(result));
        return result;
    }
}
