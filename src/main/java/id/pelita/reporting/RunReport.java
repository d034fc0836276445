package id.pelita.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.pelita.catalog.RunDetails;
import id.pelita.learning.PrePostGain;
import id.pelita.learning.SurveyReport;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's report of one run: the funnel, the pre-test and post-test scores in 10-point bands with their
 * averages and the average gain (learning's kept scores), and the evaluation results per item and instructor
 * (learning's survey reports, only ever in aggregate).
 */
public record RunReport(RunDetails run, RunFunnel funnel, ScoreBands pre, ScoreBands post,
		@Nullable BigDecimal averagePre, @Nullable BigDecimal averagePost, @Nullable BigDecimal averageGain,
		int gainCount, List<SurveyReport> surveys) {

	public RunReport {
		surveys = List.copyOf(surveys);
	}

	/** The tables of the report, each downloadable as CSV or XLSX. */
	public enum Table {

		FUNNEL, SCORES, EVALUATION;

		public String fileName(long runId) {
			return "laporan-angkatan-" + runId + "-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	static RunReport of(RunDetails run, RunFunnel funnel, PrePostGain gain, List<SurveyReport> surveys) {
		List<BigDecimal> pre = new ArrayList<>();
		List<BigDecimal> post = new ArrayList<>();
		int gains = 0;
		for (PrePostGain.Row row : gain.rows()) {
			if (row.pre() != null) {
				pre.add(row.pre());
			}
			if (row.post() != null) {
				post.add(row.post());
			}
			gains += row.gain() == null ? 0 : 1;
		}
		return new RunReport(run, funnel, ScoreBands.of(pre), ScoreBands.of(post), gain.averagePre(),
				gain.averagePost(), gain.averageGain(), gains, surveys);
	}

	/**
	 * How many scores (0-100) fell in each 10-point band: {@code counts[0]} for 0 up to below 10, ...,
	 * {@code counts[9]} for 90 up to and including 100.
	 */
	public record ScoreBands(List<Integer> counts) {

		public static final int BANDS = 10;

		public ScoreBands {
			if (counts.size() != BANDS) {
				throw new IllegalArgumentException("ten bands expected: " + counts);
			}
			counts = List.copyOf(counts);
		}

		public static ScoreBands of(List<BigDecimal> scores) {
			int[] counts = new int[BANDS];
			for (BigDecimal score : scores) {
				int band = score.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue();
				counts[Math.max(0, Math.min(BANDS - 1, band))]++;
			}
			return new ScoreBands(java.util.Arrays.stream(counts).boxed().toList());
		}

		public int total() {
			return this.counts.stream().mapToInt(Integer::intValue).sum();
		}

		/** The band's label: "0-9", ..., "90-100". */
		public static String label(int band) {
			return band * 10 + "–" + (band == BANDS - 1 ? 100 : band * 10 + 9);
		}

	}

}
