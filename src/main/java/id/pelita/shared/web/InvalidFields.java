package id.pelita.shared.web;

import java.util.Arrays;
import java.util.List;

import id.pelita.shared.UserFacingException;

/**
 * Input with one or more wrong fields, each with its own reason. Services and controllers throw it when they can
 * name the field; the REST API answers 400 with one {@code errors} entry per field (see {@link ApiProblems}),
 * and a view shows the first reason like any other {@link UserFacingException}.
 */
public class InvalidFields extends UserFacingException {

	private final transient List<FieldProblem> problems;

	public InvalidFields(List<FieldProblem> problems) {
		super(first(problems).messageKey(), first(problems).arguments().toArray());
		this.problems = List.copyOf(problems);
	}

	/** One wrong field, with the reason a user-facing failure gives. */
	public static InvalidFields of(String field, UserFacingException reason) {
		return new InvalidFields(List.of(FieldProblem.of(field, reason)));
	}

	public static InvalidFields of(String field, String messageKey, Object... arguments) {
		return new InvalidFields(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static FieldProblem first(List<FieldProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("At least one field problem is needed");
		}
		return problems.getFirst();
	}

	/** A field (as the request names it) and the translation key and arguments of what is wrong with it. */
	public record FieldProblem(String field, String messageKey, List<Object> arguments) {

		public static FieldProblem of(String field, UserFacingException reason) {
			return new FieldProblem(field, reason.messageKey(), Arrays.asList(reason.arguments()));
		}

	}

}
