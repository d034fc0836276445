package id.pelita.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.OutsideScopeException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of a Pelita REST controller as an RFC 9457 problem ({@code application/problem+json}), in English
 * or in the language of {@code Accept-Language} (Indonesian when asked for):
 * <ul>
 * <li>{@link InvalidFields} and bean-validation failures: 400 with {@code errors: [{field, message}]};</li>
 * <li>{@link OutsideScopeException} and {@link AccessDeniedException}: 403;</li>
 * <li>any other {@link UserFacingException}: 404 when its key ends in {@code notFound}, else 400, with the
 * translated message as {@code detail};</li>
 * <li>unreadable JSON and wrong parameter types: 400.</li>
 * </ul>
 * Titles are translated like the detail (see {@link ApiProblemWriter}). A wrong method, media type or unknown path
 * under {@code /api} is answered before any controller is chosen, by {@link ApiProtocolProblems}.
 * Controllers of every module reuse it simply by throwing these exceptions.
 */
@RestControllerAdvice(basePackages = "id.pelita")
public class ApiProblems extends ResponseEntityExceptionHandler {

	private final Translations translations;

	private final ApiProblemWriter problems;

	ApiProblems(Translations translations, ApiProblemWriter problems) {
		this.translations = translations;
		this.problems = problems;
	}

	@ExceptionHandler(InvalidFields.class)
	ResponseEntity<ProblemDetail> invalidFields(InvalidFields failure, HttpServletRequest request) {
		Locale locale = locale(request);
		List<Map<String, String>> errors = failure.problems()
			.stream()
			.map(problem -> Map.of("field", problem.field(), "message",
					this.translations.translate(problem.messageKey(), locale, problem.arguments().toArray())))
			.toList();
		String detail = errors.size() == 1 ? errors.getFirst().get("message")
				: this.translations.translate("api.error.fields", locale, errors.size());
		return problem(HttpStatus.BAD_REQUEST, detail, errors, locale);
	}

	@ExceptionHandler(OutsideScopeException.class)
	ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException failure, HttpServletRequest request) {
		Locale locale = locale(request);
		return problem(HttpStatus.FORBIDDEN, translate(failure, locale), List.of(), locale);
	}

	@ExceptionHandler(UserFacingException.class)
	ResponseEntity<ProblemDetail> userFacing(UserFacingException failure, HttpServletRequest request) {
		HttpStatus status = failure.messageKey().endsWith("notFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		Locale locale = locale(request);
		return problem(status, translate(failure, locale), List.of(), locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException failure, HttpServletRequest request) {
		Locale locale = locale(request);
		return problem(HttpStatus.FORBIDDEN, this.translations.translate("api.error.forbidden", locale), List.of(),
				locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException failure,
			HttpServletRequest request) {
		Locale locale = locale(request);
		String message = this.translations.translate("api.error.type", locale, failure.getName());
		return problem(HttpStatus.BAD_REQUEST, message, List.of(Map.of("field", failure.getName(), "message", message)),
				locale);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : failure.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message",
					error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage()));
		}
		Locale locale = locale(request);
		ProblemDetail body = body(HttpStatus.BAD_REQUEST,
				this.translations.translate("api.error.fields", locale, errors.size()), errors, locale);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale(request);
		ProblemDetail body = body(HttpStatus.BAD_REQUEST, this.translations.translate("api.error.unreadable", locale),
				List.of(), locale);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String translate(UserFacingException failure, Locale locale) {
		return this.translations.translate(failure.messageKey(), locale, failure.arguments());
	}

	/** Every other failure Spring answers itself (missing parameters, ...): its problem, with the title translated. */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
			HttpStatus resolved = HttpStatus.resolve(answer.getStatusCode().value());
			if (resolved != null) {
				problem.setTitle(this.problems.title(resolved, locale(request)));
			}
			return ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return answer;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Map<String, String>> errors,
			Locale locale) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(status, detail, errors, locale));
	}

	private ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.problems.title(status, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Locale locale(HttpServletRequest request) {
		return ApiProblemWriter.locale(request);
	}

	private static Locale locale(WebRequest request) {
		return ApiProblemWriter.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

}
