package id.pelita.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.notification.MessageKind;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Renders a message from its template texts ({@code mail/templates_<language>.properties}, UTF-8) and payload, in
 * the recipient's language and time zone. A text names payload values as {@code {key}}; the body is split into
 * paragraphs at blank lines, and a paragraph naming a value the payload lacks (or has empty) is left out, which is
 * how optional facts (a reason, the previous start) come and go. Dates and instants are written the way Indonesians
 * read them ({@link IndonesianTime}); the HTML part escapes every value (see {@link RenderedMessage#html()}).
 */
@Component
public class MessageTemplates {

	static final String LOCATION = "mail/templates_%s.properties";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

	private static final Set<String> DATES = Set.of("startsOn", "endsOn");

	private static final Set<String> INSTANTS = Set.of("startsAt", "endsAt", "previousStartsAt", "expiresAt",
			"registrationClosesAt");

	/** Any other scheme (javascript:, mailto:, ...) is no link for a button. */
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Set<String> NOT_TEXT = Set.of("ics", "icsMethod");

	private final Map<Locale, Properties> texts = new HashMap<>();

	private final PublicUrl publicUrl;

	MessageTemplates(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		Translations.LOCALES.forEach(locale -> this.texts.put(locale, load(locale)));
	}

	static Properties load(Locale locale) {
		String location = LOCATION.formatted(locale.getLanguage());
		try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("No message templates at " + location);
			}
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The message in the language closest to {@code locale} (Indonesian by default), times in {@code zone}.
	 * {@code recipientName} is used in the greeting unless the payload has a {@code name}.
	 */
	public RenderedMessage render(MessageTemplate template, Locale locale, ZoneId zone, Map<String, String> payload,
			@Nullable String recipientName) {
		Locale language = Translations.supported(locale);
		RenderedMessage.Calendar calendar = calendar(payload);
		Map<String, String> values = values(template, language, zone, payload, calendar);
		String subject = Optional.ofNullable(fill(text(language, template.id() + ".subject"), values, false))
			.orElse(template.id());
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text(language, template.id() + ".body").split("\n\\s*\n")) {
			String filled = fill(paragraph.strip(), values, true);
			if (filled != null && !filled.isBlank()) {
				paragraphs.add(filled);
			}
		}
		String name = firstNonBlank(payload.get("name"), recipientName);
		String greeting = name == null ? text(language, "greeting.anonymous")
				: text(language, "greeting").replace("{name}", name);
		String rawLink = fill(template.link(), payload, true);
		String link = absolute(rawLink);
		String footer = template.kind() == MessageKind.ACCOUNT ? text(language, "footer.account")
				: fill(text(language, "footer"), values, false);
		return new RenderedMessage(language, subject, greeting, List.copyOf(paragraphs),
				optionalText(language, template.id() + ".action").orElse(null), link,
				link == null ? null : inApp(link), text(language, "linkHelp"), footer, calendar);
	}

	private Map<String, String> values(MessageTemplate template, Locale language, ZoneId zone,
			Map<String, String> payload, RenderedMessage.@Nullable Calendar calendar) {
		Map<String, String> values = new HashMap<>();
		payload.forEach((key, value) -> {
			if (value != null && !NOT_TEXT.contains(key)) {
				values.put(key, format(key, value, zone, language));
			}
		});
		String source = "true".equals(payload.get("nominated")) ? "NOMINATION" : payload.get("source");
		if (source != null) {
			optionalText(language, "enrolment.source." + source).ifPresent(note -> values.put("sourceNote", note));
		}
		if (payload.get("offset") != null) {
			values.put("startsIn", duration(payload.get("offset"), language));
		}
		if (calendar != null) {
			optionalText(language, "calendarNote." + calendar.method()).ifPresent(note -> values.put("calendarNote", note));
		}
		values.put("profileUrl", this.publicUrl.link("/profil"));
		values.put("template", template.id());
		return values;
	}

	private static String format(String key, String value, ZoneId zone, Locale language) {
		try {
			if (DATES.contains(key)) {
				return IndonesianTime.date(LocalDate.parse(value).atStartOfDay(zone).toInstant(), zone, language);
			}
			if (INSTANTS.contains(key)) {
				return IndonesianTime.dateTime(Instant.parse(value), zone, language);
			}
		}
		catch (DateTimeException ex) {
			return value;
		}
		return value;
	}

	private String duration(String offset, Locale language) {
		try {
			long minutes = Duration.parse(offset).abs().toMinutes();
			String unit = minutes >= 2880 && minutes % 1440 == 0 ? "days" : minutes % 60 == 0 ? "hours" : "minutes";
			long amount = switch (unit) {
				case "days" -> minutes / 1440;
				case "hours" -> minutes / 60;
				default -> minutes;
			};
			String key = "duration." + unit + (amount == 1 ? ".one" : "");
			return text(language, key).replace("{amount}", String.valueOf(amount));
		}
		catch (DateTimeException ex) {
			return offset;
		}
	}

	private static RenderedMessage.@Nullable Calendar calendar(Map<String, String> payload) {
		String ics = payload.get("ics");
		if (ics == null || ics.isBlank()) {
			return null;
		}
		String method = payload.get("icsMethod");
		if (method == null || method.isBlank()) {
			Matcher matcher = Pattern.compile("(?m)^METHOD:([A-Z-]+)\\r?$").matcher(ics);
			method = matcher.find() ? matcher.group(1) : "REQUEST";
		}
		return new RenderedMessage.Calendar(method.strip().toUpperCase(Locale.ROOT), ics);
	}

	/**
	 * Puts the values into the text; null when a value is missing and {@code dropIfMissing}, else the missing value
	 * is left empty.
	 */
	static @Nullable String fill(String text, Map<String, String> values, boolean dropIfMissing) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder(text.length() + 64);
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null || value.isBlank()) {
				if (dropIfMissing) {
					return null;
				}
				value = "";
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** An absolute http(s) address of a payload link or application path; null for anything else. */
	@Nullable String absolute(@Nullable String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String lower = link.toLowerCase(Locale.ROOT);
		if (lower.startsWith("https://") || lower.startsWith("http://")) {
			return link;
		}
		if (SCHEME.matcher(link).find() || link.startsWith("//")) {
			return null;
		}
		return this.publicUrl.link(link);
	}

	/** The link as the application's own pages use it: a path without the application's address. */
	String inApp(String absoluteLink) {
		if (absoluteLink.startsWith(this.publicUrl.base() + "/")) {
			return absoluteLink.substring(this.publicUrl.base().length() + 1);
		}
		return absoluteLink;
	}

	private String text(Locale language, String key) {
		return optionalText(language, key)
			.orElseThrow(() -> new IllegalStateException("No message text '" + key + "' in " + language));
	}

	private Optional<String> optionalText(Locale language, String key) {
		return Optional.ofNullable(this.texts.get(language).getProperty(key));
	}

	private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return second == null || second.isBlank() ? null : second;
	}

}
