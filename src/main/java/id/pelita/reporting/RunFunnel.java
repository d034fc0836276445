package id.pelita.reporting;

/**
 * One run's funnel. {@code nominated}: every enrolment of the run, self-enrolled or nominated, whatever its status;
 * {@code confirmed}: enrolments confirmed now; {@code attended}: confirmed participants with attendance recorded in
 * at least one of the run's live sessions; {@code completed}: completions not revoked; {@code certified}: valid
 * certificates.
 */
public record RunFunnel(long runId, long nominated, long confirmed, long attended, long completed, long certified) {

	/** The share of {@code part} in the nominated count, in whole percent (0 when nobody was nominated). */
	public int percentOfNominated(long part) {
		return this.nominated == 0 ? 0 : (int) Math.round(part * 100.0 / this.nominated);
	}

}
