package fr.conventio.application.control;

/** Records a funding decision (A3) with its reason, amount, date and author; applies suspension/resumption. */
public interface RecordFundingDecisionUseCase {

    RecordFundingDecisionResult record(RecordFundingDecisionCommand command);
}
