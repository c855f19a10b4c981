package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.application.port.in.AcceptEvidenceUseCase;
import fr.conventio.application.port.in.AmendAgreementUseCase;
import fr.conventio.application.port.in.ApproveAgreementUseCase;
import fr.conventio.application.port.in.CancelPaymentUseCase;
import fr.conventio.application.port.in.GetAgreementHistoryUseCase;
import fr.conventio.application.port.in.GetAgreementUseCase;
import fr.conventio.application.port.in.IssueRecoveryOrderUseCase;
import fr.conventio.application.port.in.OpenDocumentUseCase;
import fr.conventio.application.port.in.ReceiveEvidenceUseCase;
import fr.conventio.application.port.in.RecordEvaluationMeetingUseCase;
import fr.conventio.application.port.in.RecordFundingDecisionUseCase;
import fr.conventio.application.port.in.RecordNoticeRemedyUseCase;
import fr.conventio.application.port.in.RecordPaymentUseCase;
import fr.conventio.application.port.in.RecordRecoveryReceiptUseCase;
import fr.conventio.application.port.in.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.port.in.RejectEvidenceUseCase;
import fr.conventio.application.port.in.SendFormalNoticeUseCase;
import fr.conventio.application.port.in.SettleAgreementUseCase;
import fr.conventio.application.port.in.SignAgreementUseCase;
import fr.conventio.application.port.in.StoreDocumentUseCase;
import fr.conventio.application.port.in.TerminateAgreementUseCase;
import fr.conventio.application.port.in.WaiveObligationUseCase;

import java.util.Objects;

/**
 * Every use case the agreement page calls, in one value handed from the view to its tabs and dialogs
 * (the view receives each one by constructor injection).
 */
record AgreementUseCases(GetAgreementUseCase getAgreement, ApproveAgreementUseCase approve, SignAgreementUseCase sign,
                                RecordPaymentUseCase recordPayment, CancelPaymentUseCase cancelPayment,
                                SettleAgreementUseCase settle, IssueRecoveryOrderUseCase issueRecoveryOrder,
                                RecordRecoveryReceiptUseCase recordRecoveryReceipt, AmendAgreementUseCase amend,
                                RecordThirdPartyDelegationUseCase recordThirdPartyDelegation,
                                StoreDocumentUseCase storeDocument, OpenDocumentUseCase openDocument,
                                ReceiveEvidenceUseCase receiveEvidence, AcceptEvidenceUseCase acceptEvidence,
                                RejectEvidenceUseCase rejectEvidence, WaiveObligationUseCase waiveObligation,
                                SendFormalNoticeUseCase sendFormalNotice, RecordNoticeRemedyUseCase recordNoticeRemedy,
                                RecordFundingDecisionUseCase recordFundingDecision, RecordEvaluationMeetingUseCase recordMeeting,
                                TerminateAgreementUseCase terminate, GetAgreementHistoryUseCase getAgreementHistory) {

    public AgreementUseCases {
        Objects.requireNonNull(getAgreement);
        Objects.requireNonNull(approve);
        Objects.requireNonNull(sign);
        Objects.requireNonNull(recordPayment);
        Objects.requireNonNull(cancelPayment);
        Objects.requireNonNull(settle);
        Objects.requireNonNull(issueRecoveryOrder);
        Objects.requireNonNull(recordRecoveryReceipt);
        Objects.requireNonNull(amend);
        Objects.requireNonNull(recordThirdPartyDelegation);
        Objects.requireNonNull(storeDocument);
        Objects.requireNonNull(openDocument);
        Objects.requireNonNull(receiveEvidence);
        Objects.requireNonNull(acceptEvidence);
        Objects.requireNonNull(rejectEvidence);
        Objects.requireNonNull(waiveObligation);
        Objects.requireNonNull(sendFormalNotice);
        Objects.requireNonNull(recordNoticeRemedy);
        Objects.requireNonNull(recordFundingDecision);
        Objects.requireNonNull(recordMeeting);
        Objects.requireNonNull(terminate);
        Objects.requireNonNull(getAgreementHistory);
    }
}
