package fr.conventio.application.termination;

import java.time.LocalDate;

/** The notice recorded: its number on the agreement, the earliest termination date (T1) and the agreement's new version. */
public record SendFormalNoticeResult(int noticeNumber, LocalDate earliestTerminationDate, long agreementVersion) {
}
