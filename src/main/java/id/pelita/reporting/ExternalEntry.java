package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A training outside the platform as recorded: its JP counts only while its status is {@code COUNTED}. */
public record ExternalEntry(long id, long accountId, String title, String organiser, LocalDate startDate,
		LocalDate endDate, BigDecimal jp, ExternalTrainingType type, int year, Status status,
		@Nullable String statusReason) {

	/** Where an entry stands. */
	public enum Status {

		PENDING, COUNTED, REJECTED, VOIDED

	}

}
