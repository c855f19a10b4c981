package fr.conventio.application.settlement;

/** Records a receipt on a recovery order; when fully paid, closes a settled agreement with nothing else open. */
public interface RecordRecoveryReceiptUseCase {

    RecordRecoveryReceiptResult record(RecordRecoveryReceiptCommand command);
}
