package fr.conventio.application.control;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.shared.Amount;

import java.util.Objects;

/**
 * Records a decision of the funder under Art. 4.4 (A3), with its cause, reason, amount, date and author
 * (the current user), in the agreement's control file; the decision is taken on the account's figures (the
 * subsidy as adjusted, what the association holds of it). SUSPEND_PAYMENTS also suspends the agreement
 * (SIGNED → SUSPENDED) and RESUME_PAYMENTS resumes it; reductions and repayments lower the subsidy in force,
 * and what they make recoverable is then claimed by a recovery order (A2).
 */
public final class RecordFundingDecisionService implements RecordFundingDecisionUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;
    private final SubmissionKeysPort submissionKeys;

    public RecordFundingDecisionService(AgreementFiles files, CurrentUserPort currentUser, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @Override
    public RecordFundingDecisionResult record(RecordFundingDecisionCommand command) {
        return files.once(submissionKeys, command.submission(), RecordFundingDecisionUseCase.class, () -> recordOnce(command),
                recorded -> new SubmissionKeysPort.Result(command.agreementId() + "#" + decisionsIn(command), recorded.agreementVersion()),
                first -> {
                    int decisions = Integer.parseInt(first.id().substring(first.id().indexOf('#') + 1));
                    AgreementFile file = files.load(command.agreementId());
                    Amount toRecover = decisions == 0 ? Amount.ZERO
                            : file.control().fundingDecisions().get(decisions - 1).amountToRecover();
                    return new RecordFundingDecisionResult(first.version(), file.agreement().status(), file.account().subsidyInForce(), toRecover);
                });
    }

    /** The number of the decision just recorded (its place in the control file), 0 for a resumption (no decision recorded). */
    private int decisionsIn(RecordFundingDecisionCommand command) {
        return command.action() == FundingDecisionAction.RESUME_PAYMENTS ? 0
                : files.load(command.agreementId()).control().fundingDecisions().size();
    }

    private RecordFundingDecisionResult recordOnce(RecordFundingDecisionCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        Amount toRecover = Amount.ZERO;
        if (command.action() == FundingDecisionAction.RESUME_PAYMENTS) {
            agreement.resume(command.decidedOn());
        } else {
            Guards.requireStatus(agreement, "enregistrer une décision du financeur",
                    AgreementStatus.SIGNED, AgreementStatus.SUSPENDED, AgreementStatus.SETTLED);
            FundingDecision decision = file.account().decide(command.action().kind(), command.cause(), command.reason(),
                    command.amount(), command.decidedOn(), currentUser.currentUser());
            if (decision.suspendsPayments()) {
                agreement.suspend(command.reason(), command.decidedOn());
            }
            file.replaceControl(file.control().withDecision(decision));
            toRecover = decision.amountToRecover();
        }
        AgreementAccount after = file.account();
        Versioned<Agreement> saved = files.save(file);
        return new RecordFundingDecisionResult(saved.version(), agreement.status(), after.subsidyInForce(), toRecover);
    }
}
