package id.pelita.reporting;

import java.util.List;

import id.pelita.shared.CheckedImport;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * A bulk upload of trainings outside the platform after validation, before anything is saved: the good rows, ready
 * to record, and every bad row with all its reasons. Row numbers are those a spreadsheet shows (the header is row
 * 1).
 */
public record ExternalImportPreview(String fileName, List<Row> goodRows, List<Problem> problems)
		implements CheckedImport<ExternalImportPreview.Problem> {

	public ExternalImportPreview {
		goodRows = List.copyOf(goodRows);
		problems = List.copyOf(problems);
	}

	public int rowCount() {
		return this.goodRows.size() + this.problems.size();
	}

	/** A row without problems: whom it is for and the checked training. */
	public record Row(int line, long accountId, String nip, String fullName, ExternalEntryInput input) {
	}

	/** A bad row: where it is, whom it names, and every reason it cannot be recorded. */
	public record Problem(int line, String nip, @Nullable String name, List<UserFacingException> reasons) {

		public Problem {
			reasons = List.copyOf(reasons);
		}

	}

}
