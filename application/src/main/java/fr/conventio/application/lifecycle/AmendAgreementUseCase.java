package fr.conventio.application.lifecycle;

/**
 * Amends a signed agreement (M1, P3). Refuses a subsidy reduced below what was already paid;
 * re-commits the budget lines (B4) when the subsidy or its split changes.
 */
public interface AmendAgreementUseCase {

    AmendAgreementResult amend(AmendAgreementCommand command);
}
