package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Pre-test against post-test of a run: each participant's kept scores and gain, and the averages. */
public record PrePostGain(long runId, @Nullable Long preTestModuleId, @Nullable Long postTestModuleId,
		List<Row> rows, @Nullable BigDecimal averagePre, @Nullable BigDecimal averagePost,
		@Nullable BigDecimal averageGain) {

	public PrePostGain {
		rows = List.copyOf(rows);
	}

	/** @param gain post minus pre, when both exist */
	public record Row(long accountId, String fullName, @Nullable String nip, @Nullable BigDecimal pre,
			@Nullable BigDecimal post, @Nullable BigDecimal gain) {
	}

}
