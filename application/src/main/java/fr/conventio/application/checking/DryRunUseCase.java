package fr.conventio.application.checking;

import java.util.function.Supplier;

/**
 * Runs commands as a dry run, to tell staff before they confirm whether the use case would refuse, and what it
 * would do: the command use cases called by {@code commands} run as they would now (same checks, same rules, on the
 * records as stored, with the caller's rights), but nothing is stored — the agreement file is decided and not
 * written, no recovery order number is taken; each command keeps its own transaction, which writes nothing. Returns what the
 * commands returned (the preview: a settlement, a payment...) or the refusal they met. Never a second formula:
 * a dialog checks its command by calling the very code that will run on confirmation.
 */
public interface DryRunUseCase {

    <T> DryRunOutcome<T> dryRun(Supplier<T> commands);
}
