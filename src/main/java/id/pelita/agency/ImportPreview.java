package id.pelita.agency;

import java.util.List;

import id.pelita.shared.CheckedImport;
import id.pelita.shared.UserFacingException;

/**
 * A roster file after validation, before anything is saved: the good rows, ready to import, and every bad row
 * with all its reasons. Row numbers are those a spreadsheet shows (the header is row 1).
 */
public record ImportPreview(String fileName, List<Row> goodRows, List<Problem> problems)
		implements CheckedImport<ImportPreview.Problem> {

	public ImportPreview {
		goodRows = List.copyOf(goodRows);
		problems = List.copyOf(problems);
	}

	/** How many employee rows the file has. */
	public int rowCount() {
		return this.goodRows.size() + this.problems.size();
	}

	/** A row without problems. */
	public record Row(int line, EmployeeInput employee) {
	}

	/** A bad row: where it is, what it says, and every reason it cannot be imported. */
	public record Problem(int line, String nip, String name, List<Reason> reasons) {
	}

	/** One reason, naming the column it concerns (nip, name, rankGrade, position, unitCode, email, phone). */
	public record Reason(String field, UserFacingException message) {
	}

}
