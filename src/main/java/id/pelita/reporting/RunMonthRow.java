package id.pelita.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One run of a month in the organisers' month report (drafts and cancelled runs are left out). {@code confirmed}: enrolments confirmed now;
 * {@code completed}: completions not revoked; {@code ratingSum}/{@code ratings}: every rating (1-5) given in the
 * run's evaluation surveys.
 */
public record RunMonthRow(long runId, String courseTitle, String runName, LocalDate startsOn, LocalDate endsOn,
		int seats, long confirmed, long completed, long ratingSum, long ratings) {

	/** Confirmed seats against seats, in percent to one decimal (0 without seats). */
	public BigDecimal fillRate() {
		return percent(this.confirmed, this.seats);
	}

	/** Completions against confirmed participants, in percent to one decimal (0 without participants). */
	public BigDecimal completionRate() {
		return percent(this.completed, this.confirmed);
	}

	/** The mean of the evaluation ratings, to two decimals; {@code null} when nobody rated. */
	public @Nullable BigDecimal averageEvaluation() {
		return this.ratings == 0 ? null
				: BigDecimal.valueOf(this.ratingSum).divide(BigDecimal.valueOf(this.ratings), 2, RoundingMode.HALF_UP);
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
