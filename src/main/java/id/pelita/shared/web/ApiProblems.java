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
 * Controllers of every module reuse it simply by throwing these exceptions.
 */
@RestControllerAdvice(basePackages = "id.pelita")
public class ApiProblems extends ResponseEntityExceptionHandler {

	private final Translations translations;

	ApiProblems(Translations translations) {
		this.translations = translations;
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
		return problem(HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler(OutsideScopeException.class)
	ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException failure, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, translate(failure, locale(request)), List.of());
	}

	@ExceptionHandler(UserFacingException.class)
	ResponseEntity<ProblemDetail> userFacing(UserFacingException failure, HttpServletRequest request) {
		HttpStatus status = failure.messageKey().endsWith("notFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		return problem(status, translate(failure, locale(request)), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException failure, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, this.translations.translate("api.error.forbidden", locale(request)),
				List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException failure,
			HttpServletRequest request) {
		String message = this.translations.translate("api.error.type", locale(request), failure.getName());
		return problem(HttpStatus.BAD_REQUEST, message, List.of(Map.of("field", failure.getName(), "message", message)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : failure.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message",
					error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage()));
		}
		ProblemDetail body = body(HttpStatus.BAD_REQUEST,
				this.translations.translate("api.error.fields", locale(request), errors.size()), errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = body(HttpStatus.BAD_REQUEST,
				this.translations.translate("api.error.unreadable", locale(request)), List.of());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String translate(UserFacingException failure, Locale locale) {
		return this.translations.translate(failure.messageKey(), locale, failure.arguments());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
			List<Map<String, String>> errors) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(status, detail, errors));
	}

	private static ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("errors", errors);
		return problem;
	}

	/** English unless the caller prefers Indonesian. */
	static Locale locale(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Translations.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
					List.of(Translations.ENGLISH, Translations.INDONESIAN));
			return best == null ? Translations.ENGLISH : best;
		}
		catch (IllegalArgumentException ex) {
			return Translations.ENGLISH;
		}
	}

	private static Locale locale(HttpServletRequest request) {
		return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	private static Locale locale(WebRequest request) {
		return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

}
