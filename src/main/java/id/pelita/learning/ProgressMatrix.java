package id.pelita.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A run's progress for organisers: a row per confirmed participant, a column per module. */
public record ProgressMatrix(long runId, String courseTitle, String runName, List<PathModule> modules,
		CompletionRule rule, List<Row> rows) {

	public ProgressMatrix {
		modules = List.copyOf(modules);
		rows = List.copyOf(rows);
	}

	public long completedCount() {
		return this.rows.stream().filter(Row::completed).count();
	}

	/** One module of one person: where they stand and, for quizzes, the score. */
	public record Cell(ModuleState state, @Nullable BigDecimal score) {
	}

	/**
	 * One participant.
	 *
	 * @param attendancePercent overall attendance of the run's live sessions
	 * @param completedAt when they completed (null while they have not, or once revoked)
	 * @param revokedReason why a completion was revoked
	 * @param lacking what the rule still asks of them (empty once completed)
	 */
	public record Row(long accountId, String fullName, @Nullable String nip, Map<Long, Cell> cells,
			double attendancePercent, @Nullable Instant completedAt, boolean manual, @Nullable String revokedReason,
			List<Lack> lacking) {

		public Row {
			cells = Map.copyOf(cells);
			lacking = List.copyOf(lacking);
		}

		public boolean completed() {
			return this.completedAt != null;
		}

		public Cell cell(long moduleId) {
			Cell cell = this.cells.get(moduleId);
			return cell == null ? new Cell(ModuleState.LOCKED, null) : cell;
		}

	}

}
