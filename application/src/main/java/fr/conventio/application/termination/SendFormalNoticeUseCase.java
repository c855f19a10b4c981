package fr.conventio.application.termination;

/** Records a formal notice on a signed, suspended or settled agreement (T1). */
public interface SendFormalNoticeUseCase {

    SendFormalNoticeResult send(SendFormalNoticeCommand command);
}
