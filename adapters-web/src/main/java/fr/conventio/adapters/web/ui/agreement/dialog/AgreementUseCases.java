package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsUseCase;
import fr.conventio.application.checking.DryRunUseCase;
import fr.conventio.application.control.RecordEvaluationMeetingUseCase;
import fr.conventio.application.control.RecordFundingDecisionUseCase;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.lifecycle.AmendAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.CloseAgreementUseCase;
import fr.conventio.application.lifecycle.RecordThirdPartyDelegationUseCase;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.mail.ListAgreementMailsUseCase;
import fr.conventio.application.mail.GetDocumentMailDraftUseCase;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.application.obligation.AcceptEvidenceUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.obligation.WaiveObligationUseCase;
import fr.conventio.application.payment.CancelPaymentUseCase;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.settlement.IssueRecoveryOrderUseCase;
import fr.conventio.application.settlement.RecordRecoveryReceiptUseCase;
import fr.conventio.application.settlement.SettleAgreementUseCase;
import fr.conventio.application.termination.RecordNoticeRemedyUseCase;
import fr.conventio.application.termination.SendFormalNoticeUseCase;
import fr.conventio.application.termination.TerminateAgreementUseCase;

import java.util.Objects;

/**
 * Every use case the agreement page calls, in one value handed from the view to its tabs and dialogs
 * (the view receives each one by constructor injection).
 */
public record AgreementUseCases(GetAgreementUseCase getAgreement, ApproveAgreementUseCase approve, SignAgreementUseCase sign,
                                RecordPaymentUseCase recordPayment, CancelPaymentUseCase cancelPayment,
                                SettleAgreementUseCase settle, IssueRecoveryOrderUseCase issueRecoveryOrder,
                                RecordRecoveryReceiptUseCase recordRecoveryReceipt, AmendAgreementUseCase amend,
                                RecordThirdPartyDelegationUseCase recordThirdPartyDelegation,
                                StoreDocumentUseCase storeDocument, OpenDocumentUseCase openDocument,
                                ReceiveEvidenceUseCase receiveEvidence, AcceptEvidenceUseCase acceptEvidence,
                                RejectEvidenceUseCase rejectEvidence, WaiveObligationUseCase waiveObligation,
                                SendFormalNoticeUseCase sendFormalNotice, RecordNoticeRemedyUseCase recordNoticeRemedy,
                                RecordFundingDecisionUseCase recordFundingDecision, RecordEvaluationMeetingUseCase recordMeeting,
                                TerminateAgreementUseCase terminate, CloseAgreementUseCase closeAgreement,
                                GetAgreementHistoryUseCase getAgreementHistory, DryRunUseCase dryRun,
                                GetSubsidyCommitmentsCheckUseCase checkCommitments, ListAgreementMailsUseCase listMails,
                                DeleteDraftAgreementUseCase deleteDraft,
                                ListAgreementDocumentsUseCase listDocuments, GenerateDocumentUseCase generateDocument,
                                GetDocumentMailDraftUseCase getDocumentMailDraft, SendDocumentByMailUseCase sendDocumentByMail) {

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
        Objects.requireNonNull(closeAgreement);
        Objects.requireNonNull(getAgreementHistory);
        Objects.requireNonNull(dryRun);
        Objects.requireNonNull(checkCommitments);
        Objects.requireNonNull(deleteDraft);
        Objects.requireNonNull(listDocuments);
        Objects.requireNonNull(generateDocument);
        Objects.requireNonNull(getDocumentMailDraft);
        Objects.requireNonNull(sendDocumentByMail);
    }
}
