package id.pelita.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.web.InvalidFields;
import id.pelita.shared.web.InvalidFields.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What an external entry must be, the same on every page, in the bulk upload and the API. */
final class ExternalEntryRules {

	private ExternalEntryRules() {
	}

	/** Every problem of the input, one per field (title, organiser, startDate, endDate, jp, type); none when good. */
	static List<FieldProblem> problems(ExternalEntryInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.title() == null || input.title().isBlank() || input.title().strip().length() > 300) {
			problems.add(problem("title", "jp.external.error.title"));
		}
		if (input.organiser() == null || input.organiser().isBlank() || input.organiser().strip().length() > 200) {
			problems.add(problem("organiser", "jp.external.error.organiser"));
		}
		if (input.startDate() == null) {
			problems.add(problem("startDate", "jp.external.error.startDate"));
		}
		if (input.endDate() == null) {
			problems.add(problem("endDate", "jp.external.error.endDate"));
		}
		else if (input.startDate() != null && input.endDate().isBefore(input.startDate())) {
			problems.add(problem("endDate", "jp.external.error.dates"));
		}
		if (input.jp() == null || input.jp().signum() <= 0 || input.jp().compareTo(ExternalTrainings.MAX_JP) > 0
				|| input.jp().stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("jp", "jp.external.error.jp", List.of(ExternalTrainings.MAX_JP)));
		}
		if (input.type() == null) {
			problems.add(problem("type", "jp.external.error.type"));
		}
		return problems;
	}

	/** Refuses the input with every bad field at once. */
	static ExternalEntryInput check(ExternalEntryInput input) {
		List<FieldProblem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return new ExternalEntryInput(Objects.requireNonNull(input.title()).strip(),
				Objects.requireNonNull(input.organiser()).strip(), input.startDate(),
				input.endDate(), input.jp(), input.type());
	}

	static String reason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("jp.external.error.reasonRequired");
		}
		String text = reason.strip();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	private static FieldProblem problem(String field, String key) {
		return new FieldProblem(field, key, List.of());
	}

}
