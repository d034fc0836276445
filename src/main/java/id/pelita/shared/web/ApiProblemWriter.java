package id.pelita.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pelita.shared.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details of the REST API, with {@code title} and {@code detail} in English or in the language of
 * {@code Accept-Language} (Indonesian when asked for). Used by {@link ApiProblems} for controller failures and by
 * the filters and resolvers that answer before or around a controller (tokens, body limit, wrong method or media
 * type, unknown paths).
 */
@Component
public class ApiProblemWriter {

	private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "api.title.badRequest"),
			Map.entry(401, "api.title.unauthorized"), Map.entry(403, "api.title.forbidden"),
			Map.entry(404, "api.title.notFound"), Map.entry(405, "api.title.methodNotAllowed"),
			Map.entry(406, "api.title.notAcceptable"), Map.entry(409, "api.title.conflict"),
			Map.entry(413, "api.title.contentTooLarge"), Map.entry(415, "api.title.unsupportedMediaType"),
			Map.entry(500, "api.title.internalError"));

	private final Translations translations;

	private final JsonMapper json;

	ApiProblemWriter(Translations translations, JsonMapper json) {
		this.translations = translations;
		this.json = json;
	}

	/** The problem's title in the language: HTTP's reason phrase in English. */
	public String title(HttpStatus status, Locale locale) {
		String key = TITLES.get(status.value());
		return key == null ? status.getReasonPhrase() : this.translations.translate(key, locale);
	}

	/** The text of a translation key in the caller's language. */
	public String text(HttpServletRequest request, String key, Object... arguments) {
		return this.translations.translate(key, locale(request), arguments);
	}

	/** Writes the problem as the whole answer. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title(status, locale(request)));
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		body.put("errors", List.of());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(body));
		response.flushBuffer();
	}

	/** English unless the caller prefers Indonesian. */
	public static Locale locale(@Nullable String acceptLanguage) {
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

	public static Locale locale(HttpServletRequest request) {
		return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

}
