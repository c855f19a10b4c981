package fr.conventio.application.termination;

/** Terminates an agreement through the domain's termination policy (T1–T3), optionally issuing the recovery order (A2). */
public interface TerminateAgreementUseCase {

    TerminateAgreementResult terminate(TerminateAgreementCommand command);
}
