package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A training outside the platform as recorded: its JP counts only while its status is {@code COUNTED}. The evidence
 * file, if any, is downloaded through {@link ExternalEvidence}.
 */
public record ExternalEntry(long id, long accountId, String title, String organiser, LocalDate startDate,
		LocalDate endDate, BigDecimal jp, ExternalTrainingType type, int year, Status status,
		@Nullable String statusReason, @Nullable String evidenceName) {

	/** Where an entry stands. */
	public enum Status {

		PENDING, COUNTED, REJECTED, VOIDED;

		/** The translation key of its label. */
		public String labelKey() {
			return "jp.external.status." + name();
		}

	}

	public boolean hasEvidence() {
		return this.evidenceName != null;
	}

	/** The same entry in another status. */
	ExternalEntry with(Status newStatus, @Nullable String reason) {
		return new ExternalEntry(this.id, this.accountId, this.title, this.organiser, this.startDate, this.endDate,
				this.jp, this.type, this.year, newStatus, reason, this.evidenceName);
	}

}
