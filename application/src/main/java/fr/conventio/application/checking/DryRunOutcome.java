package fr.conventio.application.checking;

import java.util.Objects;
import java.util.Optional;

/**
 * What a dry run found: the result the commands would return, or what refused them (a domain refusal, a
 * concurrent update, a missing right...), never both.
 *
 * @param result  what the commands returned when nothing refused them ({@code null} when refused, or when they return nothing)
 * @param refusal what was thrown, or {@code null}
 */
public record DryRunOutcome<T>(T result, RuntimeException refusal) {

    public DryRunOutcome {
        if (result != null && refusal != null) {
            throw new IllegalArgumentException("une vérification est acceptée ou refusée, pas les deux");
        }
    }

    public static <T> DryRunOutcome<T> passed(T result) {
        return new DryRunOutcome<>(result, null);
    }

    public static <T> DryRunOutcome<T> refused(RuntimeException refusal) {
        return new DryRunOutcome<>(null, Objects.requireNonNull(refusal));
    }

    /** An outcome that says nothing: the check could not be made here (the command will decide on confirmation). */
    public static <T> DryRunOutcome<T> unchecked() {
        return new DryRunOutcome<>(null, null);
    }

    public Optional<RuntimeException> refusalFound() {
        return Optional.ofNullable(refusal);
    }

    public Optional<T> preview() {
        return Optional.ofNullable(result);
    }
}
