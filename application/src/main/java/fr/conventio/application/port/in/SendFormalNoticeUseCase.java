package fr.conventio.application.port.in;

/** Records a formal notice on a signed, suspended or settled agreement (T1). */
public interface SendFormalNoticeUseCase {

    SendFormalNoticeResult send(SendFormalNoticeCommand command);
}
