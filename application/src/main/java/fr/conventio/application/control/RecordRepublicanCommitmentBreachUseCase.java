package fr.conventio.application.control;

/** Records a breach of the republican commitment (N2): withdraws the subsidy pro rata of the period left. */
public interface RecordRepublicanCommitmentBreachUseCase {

    RecordRepublicanCommitmentBreachResult record(RecordRepublicanCommitmentBreachCommand command);
}
