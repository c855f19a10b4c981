package fr.conventio.application.settlement;

/**
 * Issues a recovery order (A2) for exactly the overpayment (A1), the termination restitution (T3), the
 * repayment of a funding decision (A3) or an N2 withdrawal, numbered per funder and year.
 */
public interface IssueRecoveryOrderUseCase {

    IssueRecoveryOrderResult issue(IssueRecoveryOrderCommand command);
}
