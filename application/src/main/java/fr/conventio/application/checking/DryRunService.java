package fr.conventio.application.checking;

import fr.conventio.application.agreementfile.AgreementFiles;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The dry run of {@link DryRunUseCase}: the agreement files are put in dry-run mode for the calls made by
 * {@code commands} on this thread ({@link AgreementFiles#dryRun}), so that every command use case decides as
 * usual and stores nothing; what they throw is returned as the refusal.
 */
public final class DryRunService implements DryRunUseCase {

    private final AgreementFiles files;

    public DryRunService(AgreementFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public <T> DryRunOutcome<T> dryRun(Supplier<T> commands) {
        Objects.requireNonNull(commands);
        try {
            return DryRunOutcome.passed(files.dryRun(commands));
        } catch (RuntimeException refusal) {
            return DryRunOutcome.refused(refusal);
        }
    }
}
