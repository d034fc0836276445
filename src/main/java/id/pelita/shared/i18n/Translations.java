package id.pelita.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every UI text of the application, in Indonesian (the default) and English, from
 * {@code i18n/messages_id.properties} and {@code i18n/messages_en.properties}. Keys are looked up with
 * {@code getTranslation} in views and with {@link #translate} elsewhere (e-mails, exports).
 */
@Component
public class Translations implements I18NProvider {

	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

	static final String BUNDLE = "i18n/messages";

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation '{}' for {}", key, locale);
			return "!" + key + "!";
		}
		if (params.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, supported(locale)).format(params);
	}

	/** The supported locale closest to the one asked for; Indonesian when there is none. */
	public static Locale supported(Locale locale) {
		if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return ENGLISH;
		}
		return INDONESIAN;
	}

}
