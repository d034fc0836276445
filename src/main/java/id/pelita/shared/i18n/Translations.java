package id.pelita.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every UI text of the application, in Indonesian (the default) and English. Each module keeps its texts in
 * {@code i18n/<module>_id.properties} and {@code i18n/<module>_en.properties} (UTF-8); they are merged here, and a
 * key defined by two modules stops the start. Views look keys up with {@code getTranslation}; e-mails and exports
 * with {@link #translate}.
 */
@Component
public class Translations implements I18NProvider {

	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

	/** Where the translation files are: one pair per module. */
	public static final String LOCATION_PATTERN = "classpath*:i18n/*_%s.properties";

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	private final Map<Locale, Properties> texts = new HashMap<>();

	public Translations() {
		LOCALES.forEach(locale -> this.texts.put(locale, load(locale)));
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return translate(key, locale, params);
	}

	/** The text of the key in the locale's language; a visible marker when a key is missing. */
	public String translate(String key, Locale locale, Object... params) {
		Locale supported = supported(locale);
		String pattern = this.texts.get(supported).getProperty(key);
		if (pattern == null) {
			log.warn("Missing translation '{}' for {}", key, supported);
			return "!" + key + "!";
		}
		if (params.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, supported).format(params);
	}

	/** The supported locale closest to the one asked for; Indonesian when there is none. */
	public static Locale supported(Locale locale) {
		if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return ENGLISH;
		}
		return INDONESIAN;
	}

	/** All texts of one language, merged from every module's file. */
	public static Properties load(Locale locale) {
		Properties merged = new Properties();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources(LOCATION_PATTERN.formatted(locale.getLanguage()));
			for (Resource file : files) {
				Properties texts = new Properties();
				try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
					texts.load(reader);
				}
				for (String key : texts.stringPropertyNames()) {
					if (merged.containsKey(key)) {
						throw new IllegalStateException("Translation key '" + key + "' is defined twice; the second "
								+ "time in " + file.getFilename());
					}
					merged.setProperty(key, texts.getProperty(key));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return merged;
	}

}
