package fr.conventio.application.lifecycle;

/**
 * APPROVED → SIGNED, in one go: commits the subsidy split on each budget line for the year (B4,
 * refused when a line has not enough left or the year's budget is not adopted), generates the
 * obligations (O1–O10) and computes the funder's payment deadline when N1 applies.
 */
public interface SignAgreementUseCase {

    SignAgreementResult sign(SignAgreementCommand command);
}
