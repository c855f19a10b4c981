package fr.conventio.application.settlement;

/** SIGNED/SUSPENDED → SETTLED on the real expenses (A1); closes at once when nothing is due either way. */
public interface SettleAgreementUseCase {

    SettleAgreementResult settle(SettleAgreementCommand command);
}
